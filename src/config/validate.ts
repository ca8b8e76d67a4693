// Checks what an integrator wrote in config.js, key by key, so a typo ends in a screen that
// names the key instead of a bridge that never answers or requests that go nowhere.
import type { BridgeHandler, BridgeTransport } from '@/bridge/types'

import type { RuntimeConfig } from './runtime'

/** One bad key of config.js: its path (e.g. `bridge.trustedOrigins[1]`) and what to fix. */
export interface ConfigProblem {
  key: string
  message: string
}

type Json = Record<string, unknown>

const TOP_KEYS = ['apiBaseUrl', 'requestTimeoutMs', 'bridge', 'mock'] as const
const BRIDGE_KEYS = [
  'transport', 'handlerNames', 'readyTimeoutMs', 'callTimeoutMs', 'trustedOrigins',
] as const
const HANDLERS: readonly BridgeHandler[] = ['getToken', 'setTitle', 'close', 'openHostPage']
const TRANSPORTS: readonly BridgeTransport[] = ['native', 'postMessage', 'mock']

/** Timeouts are milliseconds; outside this range they were most likely written in seconds. */
export const TIMEOUT_RANGE_MS = { min: 100, max: 600_000 } as const

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every problem of `raw`, the object config.js assigned; empty when it is fine. */
export function validateConfig(raw: Json, env: { mocks: boolean, pageUrl: string }) {
  const problems: ConfigProblem[] = []
  const report = (key: string, message: string) => void problems.push({ key, message })

  checkKeys(raw, TOP_KEYS, '', report)
  if ('apiBaseUrl' in raw) checkApiBaseUrl(raw.apiBaseUrl, env.pageUrl, report)
  if ('requestTimeoutMs' in raw) checkTimeout('requestTimeoutMs', raw.requestTimeoutMs, report)
  if ('mock' in raw) checkMock(raw.mock, env.mocks, report)
  if ('bridge' in raw) checkBridge(raw.bridge, env.mocks, report)

  return problems
}

type Report = (key: string, message: string) => void

function checkKeys(value: Json, allowed: readonly string[], prefix: string, report: Report) {
  for (const key of Object.keys(value)) {
    if (allowed.includes(key)) continue

    const near = allowed.find(name => name.toLowerCase() === key.toLowerCase())
    const hint = near ? `did you mean "${near}"?` : `allowed keys: ${allowed.join(', ')}`
    report(prefix + key, `unknown key; ${hint}`)
  }
}

function checkApiBaseUrl(value: unknown, pageUrl: string, report: Report) {
  const key = 'apiBaseUrl'
  if (typeof value !== 'string' || !value.trim()) {
    return report(key, 'must be a non-empty string, e.g. "/api" or "https://api.example.com/api"')
  }
  if (/\s/.test(value)) return report(key, 'must not contain spaces')
  if (/^[./]/.test(value) && !value.startsWith('//')) return

  let url: URL
  try {
    url = new URL(value)
  } catch {
    return report(key, 'must start with "/" (a path on this server) or be an absolute https URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return report(key, `must be an http(s) URL, not ${url.protocol}`)
  }
  if (url.username || url.password || url.search || url.hash) {
    return report(key, 'must not contain a user, password, query or fragment')
  }
  // Browsers block http requests from an https page (mixed content) without telling the app.
  if (url.protocol === 'http:' && pageUrl.startsWith('https:')) {
    report(key, 'is http: but the page is https:, so the WebView would block every request')
  }
}

function checkTimeout(key: string, value: unknown, report: Report) {
  const { min, max } = TIMEOUT_RANGE_MS
  const ok = typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
  if (!ok) report(key, `must be a whole number of milliseconds from ${min} to ${max}, e.g. 8000`)
}

function checkMock(value: unknown, mocks: boolean, report: Report) {
  if (typeof value !== 'boolean') return report('mock', 'must be true or false')
  if (value && !mocks) report('mock', 'must be false: this bundle was built without mocks')
}

function checkBridge(value: unknown, mocks: boolean, report: Report) {
  if (!isJsonObject(value)) return report('bridge', 'must be an object, e.g. { transport: "native" }')

  checkKeys(value, BRIDGE_KEYS, 'bridge.', report)
  const { transport, handlerNames, trustedOrigins } = value
  if ('transport' in value) checkTransport(transport, mocks, report)
  if ('handlerNames' in value) checkHandlerNames(handlerNames, report)
  for (const key of ['readyTimeoutMs', 'callTimeoutMs'] as const) {
    if (key in value) checkTimeout(`bridge.${key}`, value[key], report)
  }
  if ('trustedOrigins' in value) checkOrigins(trustedOrigins, report)

  const origins = Array.isArray(trustedOrigins) ? trustedOrigins : []
  if (transport === 'postMessage' && origins.length === 0) {
    report('bridge.trustedOrigins', 'must list the host page\'s origin for transport "postMessage"')
  }
}

function checkTransport(value: unknown, mocks: boolean, report: Report) {
  const key = 'bridge.transport'
  if (!TRANSPORTS.includes(value as BridgeTransport)) {
    return report(key, `must be one of ${TRANSPORTS.map(name => `"${name}"`).join(', ')}`)
  }
  if (value === 'mock' && !mocks) {
    report(key, 'cannot be "mock": this bundle was built without mocks; use "native"')
  }
}

function checkHandlerNames(value: unknown, report: Report) {
  const key = 'bridge.handlerNames'
  if (!isJsonObject(value)) return report(key, 'must be an object, e.g. { getToken: "getUserToken" }')

  checkKeys(value, HANDLERS, `${key}.`, report)
  for (const handler of HANDLERS) {
    const name = value[handler]
    if (name !== undefined && (typeof name !== 'string' || !name.trim())) {
      report(`${key}.${handler}`, 'must be the host\'s handler name, a non-empty string')
    }
  }
}

function checkOrigins(value: unknown, report: Report) {
  const key = 'bridge.trustedOrigins'
  if (!Array.isArray(value)) return report(key, 'must be a list, e.g. ["https://host.example.com"]')

  value.forEach((origin: unknown, index) => {
    const problem = originProblem(origin)
    if (problem) report(`${key}[${index}]`, problem)
  })
}

function originProblem(value: unknown): string | null {
  const example = 'e.g. "https://host.example.com" (scheme, host and port only)'
  if (typeof value !== 'string') return `must be a string, ${example}`
  if (value === '*' || value === 'null') return `must be one exact origin, not ${value}; ${example}`

  try {
    const url = new URL(value)
    const isWeb = url.protocol === 'https:' || url.protocol === 'http:'
    if (isWeb && url.origin === value) return null
  } catch {
    // Not a URL at all: the same answer as a URL with a path.
  }

  return `must be an exact origin, ${example}`
}

/** The default config with the checked `raw` on top; handler names merged one by one. */
export function mergeConfig(base: RuntimeConfig, raw: Json): RuntimeConfig {
  const bridge = isJsonObject(raw.bridge) ? raw.bridge : {}
  const handlerNames = isJsonObject(bridge.handlerNames) ? bridge.handlerNames : {}

  return {
    ...base,
    ...raw,
    bridge: {
      ...base.bridge,
      ...bridge,
      handlerNames: { ...base.bridge.handlerNames, ...handlerNames },
    },
  } as RuntimeConfig
}
