import { createPinia } from 'pinia'
import { createApp } from 'vue'

import { createApiClient } from '@/api/client'
import { READ_RETRY_DELAYS_MS } from '@/api/retry'
import { createBridge, createTokenSource } from '@/bridge'
import { loadRuntimeConfig } from '@/config/load'
import App from './App.vue'
import { createAppRouter } from './router'
import { setServices } from './services'

import 'vant/es/dialog/style'
import 'vant/es/toast/style'
import './styles/global.css'

async function start(): Promise<void> {
  const config = loadRuntimeConfig()

  if (import.meta.env.VITE_MOCKS === 'true' && config.mock) {
    const [{ startMockBackend }, { mountQaPanel }] = await Promise.all([
      import('@mock/browser'),
      import('@mock/qa/mount'),
    ])
    await startMockBackend(config.apiBaseUrl)
    mountQaPanel()
  }

  const bridge = await createBridge(config)
  const api = createApiClient({
    baseUrl: config.apiBaseUrl,
    timeoutMs: config.requestTimeoutMs,
    readRetryDelaysMs: READ_RETRY_DELAYS_MS,
    getToken: createTokenSource(bridge),
  })
  setServices({ config, bridge, api })

  const app = createApp(App)
  app.use(createPinia())
  app.use(createAppRouter())
  app.mount('#app')
}

void start()
