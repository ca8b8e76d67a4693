// Mounts the QA panel beside the app (mock mode only): a small button that opens the scenarios.
import { createApp } from 'vue'

import QaPanel from './QaPanel.vue'

export function mountQaPanel(): void {
  const host = document.createElement('div')
  host.id = 'qa-panel'
  document.body.appendChild(host)
  createApp(QaPanel).mount(host)
}
