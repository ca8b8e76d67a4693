import './polyfills'

import { createPinia } from 'pinia'
import { createApp } from 'vue'

import { createApiClient } from '@/api/client'
import { READ_RETRY_DELAYS_MS } from '@/api/retry'
import { markStarted, showStartFailure } from '@/boot/startFailure'
import { createBridge, createTokenSource } from '@/bridge'
import { loadRuntimeConfig } from '@/config/load'
import { isChunkLoadError } from '@/lib/chunkReload'
import { useSessionStore } from '@/stores/session'
import App from './App.vue'
import { createAppRouter } from './router'
import { setServices } from './services'

import 'vant/es/toast/style'
import './styles/global.css'

markStarted()

async function start(): Promise<void> {
  let config = loadRuntimeConfig()

  if (import.meta.env.VITE_MOCKS === 'true') {
    // The host simulator's `?bridge=postMessage` (docs/bridge.md); production bundles lack it.
    const { withSimulatorQuery } = await import('@mock/host-simulator/appConfig')
    config = withSimulatorQuery(config, window.location)
  }

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
  const pinia = createPinia()
  const router = createAppRouter()
  app.use(pinia)
  app.use(router)

  // Boot (bridge, token, /v1/me) runs while the first screen's chunk loads, and that chunk is
  // in before Vue replaces index.html's static shell: no blank frame between the two. A chunk
  // that fails to load is the router's to recover (router/chunkRecovery.ts).
  if (!router.resolve(router.options.history.location).meta.standalone) {
    useSessionStore(pinia).bootOnce()
  }
  await router.isReady().catch((error: unknown) => {
    if (!isChunkLoadError(error)) throw error
  })
  app.mount('#app')
}

// Whatever fails before mount (config, bridge, mock backend, a render error) gets a screen
// with 重新加载, never a white page.
start().catch(showStartFailure)
