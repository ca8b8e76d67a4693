// The host simulator page (QA and development bundles only): see docs/bridge.md.
import { createApp } from 'vue'

import HostSimulator from './HostSimulator.vue'
import './simulator.css'

createApp(HostSimulator).mount('#simulator')
