// Runtime config: read once before the app starts, from `config.js` beside index.html
// (not content-hashed, so integrators change it without rebuilding).
import type { BridgeHandler, BridgeTransport } from '@/bridge/types'

export interface RuntimeConfig {
  /** Base URL of the backend, absolute or relative to the page. */
  apiBaseUrl: string
  /** Timeout of one backend request. */
  requestTimeoutMs: number
  bridge: {
    transport: BridgeTransport
    /** The host's names for the logical handlers. */
    handlerNames: Record<BridgeHandler, string>
    /** How long to wait for the host to inject its bridge. */
    readyTimeoutMs: number
    /** Timeout of one bridge call. */
    callTimeoutMs: number
    /** Origins whose postMessage requests and answers are trusted. */
    trustedOrigins: string[]
  }
  /** Use the mock host and mock backend (only in bundles built with mocks). */
  mock: boolean
}

export const CONFIG_GLOBAL = '__SAFETY_ROSTER_CONFIG__'

/** Set by public/boot-check.js to the message of an error thrown while config.js ran. */
export const CONFIG_ERROR_GLOBAL = '__SAFETY_ROSTER_CONFIG_ERROR__'

/** Set as soon as the bundle runs; public/boot-check.js shows its message when it is not. */
export const STARTED_GLOBAL = '__SAFETY_ROSTER_STARTED__'

/** The production-safe defaults (native bridge, `/api`); mock ones in mock builds. */
export function defaultConfig(): RuntimeConfig {
  const mock = import.meta.env.VITE_MOCKS === 'true'

  return {
    apiBaseUrl: '/api',
    requestTimeoutMs: 15_000,
    bridge: {
      transport: mock ? 'mock' : 'native',
      handlerNames: {
        getToken: 'getToken',
        setTitle: 'setTitle',
        close: 'close',
        openHostPage: 'openHostPage',
      },
      readyTimeoutMs: 5_000,
      callTimeoutMs: 8_000,
      trustedOrigins: [],
    },
    mock,
  }
}
