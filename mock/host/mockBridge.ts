// The mock host for development and QA: a plain in-page HostBridge (no service worker) whose
// behaviour follows the QA scenario read at every call, so switching scenarios needs no reload.
import type { BridgeErrorCode, BridgeHandler, HostBridge, HostPage } from '@/bridge/types'
import { BridgeError, isBridgeError } from '@/bridge/types'

import type { MockScenario } from '../scenario'
import { readScenario } from '../scenario'
import { issueMockToken } from '../token'

/** Shorter than the real ready timeout, so QA does not wait long for the "no host" screen. */
export const MOCK_ABSENT_AFTER_MS = 1_500
/** Latency of every call (ready included) in the `slow` scenario. */
export const MOCK_SLOW_MS = 2_500

export const MOCK_CLOSE_EVENT = 'mockhost:close'
export const MOCK_OPEN_PAGE_EVENT = 'mockhost:open-page'

/** One entry of the call log; `data` never holds a token. */
export interface MockHostCall {
  handler: BridgeHandler | 'ready'
  data: Record<string, unknown>
  result: 'ok' | BridgeErrorCode
  durationMs: number
}

export interface MockBridge extends HostBridge {
  readonly calls: MockHostCall[]
}

export interface MockBridgeOptions {
  scenario?: () => MockScenario
  now?: () => number
}

declare global {
  interface Window {
    /** The mock host's call log, for browser tests. */
    __mockHostLog?: MockHostCall[]
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

function dispatch(type: string, detail?: unknown): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(type, { detail }))
}

/** A scenario-driven HostBridge that runs in the page, for development and QA. */
export function createMockBridge(options: MockBridgeOptions = {}): MockBridge {
  const scenario = options.scenario ?? readScenario
  const now = options.now ?? Date.now
  const calls: MockHostCall[] = []
  let isReady = false

  if (typeof window !== 'undefined') window.__mockHostLog = calls

  async function logged<T>(
    handler: MockHostCall['handler'],
    data: MockHostCall['data'],
    run: () => Promise<T>,
  ): Promise<T> {
    const startedAt = now()
    const record = (result: MockHostCall['result']) => {
      calls.push({ handler, data, result, durationMs: now() - startedAt })
    }

    try {
      const value = await run()
      record('ok')
      return value
    } catch (error) {
      record(isBridgeError(error) ? error.code : 'HOST_ERROR')
      throw error
    }
  }

  // Like the native bridge: a host that showed up stays; an absent one is waited for again.
  async function waitReady(): Promise<void> {
    if (isReady) return
    const { host } = scenario()

    if (host === 'absent') {
      await sleep(MOCK_ABSENT_AFTER_MS)
      throw new BridgeError('NOT_READY', 'Mock host scenario "absent": no bridge was injected')
    }
    if (host === 'slow') await sleep(MOCK_SLOW_MS)
    isReady = true
  }

  async function answer<T>(handler: BridgeHandler, data: MockHostCall['data'], run: () => T) {
    return logged(handler, data, async () => {
      await waitReady()
      if (scenario().host === 'slow') await sleep(MOCK_SLOW_MS)
      return run()
    })
  }

  function getToken(refresh: boolean): string {
    const { host, userId, tokenLifetime } = scenario()
    if (refresh && host === 'refuseRefresh') {
      throw new BridgeError('DENIED', 'Mock host scenario "refuseRefresh"', 'getToken')
    }

    const expired = tokenLifetime === 'expiredAtStart' && !refresh
    return issueMockToken({ userId, issuedAt: now(), expired })
  }

  function openHostPage(page: HostPage): void {
    if (scenario().host === 'noHostPage') {
      throw new BridgeError('UNSUPPORTED', 'Mock host scenario "noHostPage"', 'openHostPage')
    }
    dispatch(MOCK_OPEN_PAGE_EVENT, { page })
  }

  return {
    transport: 'mock',
    calls,
    ready: () => logged('ready', {}, waitReady),
    getToken: ({ refresh }) => answer('getToken', { refresh }, () => getToken(refresh)),
    setTitle: title => answer('setTitle', { title }, () => {
      if (typeof document !== 'undefined') document.title = title
    }),
    // A browser has no WebView to close: the event lets the QA panel and tests see it.
    close: () => answer('close', {}, () => dispatch(MOCK_CLOSE_EVENT)),
    openHostPage: page => answer('openHostPage', { page }, () => openHostPage(page)),
  }
}
