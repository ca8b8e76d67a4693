// The mock backend in the browser, through MSW's service worker. Load it by dynamic import in
// mock mode only: worker and library weigh about 160 KB gzip.
import { setupWorker } from 'msw/browser'

import { createHandlers, createMockDb, createRequestLog } from './backend'
import type { LoggedRequest } from './backend'
import { simulateFullStorage } from './fullStorage'
import { readScenario } from './scenario'

declare global {
  interface Window {
    /** Requests the mock backend received, for browser tests (mock mode only). */
    __mockBackendLog?: LoggedRequest[]
  }
}

/** Starts the mock backend at `baseUrl`, its data kept in localStorage across reloads. */
export async function startMockBackend(baseUrl: string) {
  if (readScenario().storage === 'full') simulateFullStorage()
  const db = createMockDb(localStorage)
  window.__mockBackendLog ??= []
  const log = createRequestLog(window.__mockBackendLog)
  const worker = setupWorker(...createHandlers({ baseUrl, db, log, scenario: readScenario }))

  await worker.start({
    // Relative: the app is built with base './' and may be served under any sub-path.
    serviceWorker: { url: './mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })

  return { worker, db, log }
}
