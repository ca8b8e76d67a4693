// A mock backend for one test file: msw/node server, memory db, scenario and clock under the
// test's control, and a fetch helper that makes every header explicit.
import { createMockServer, NODE_MOCK_BASE_URL } from '@mock/node'
import { defaultScenario } from '@mock/scenario'
import type { MockScenario } from '@mock/scenario'
import { issueMockToken } from '@mock/token'

/** 18:30 in China on a Thursday. */
export const NOW = Date.parse('2026-12-03T10:30:00Z')
export const TODAY = '2026-12-03'
export const ZHANG_TOKEN = issueMockToken({ userId: 'u-zhang', issuedAt: NOW, expired: false })

function testScenario(patch: Partial<MockScenario> = {}): MockScenario {
  return { ...defaultScenario(), latencyMs: 0, ...patch }
}

/** Listens in beforeAll, resets db, log, scenario and clock after each test. */
export function createTestBackend() {
  let clock = NOW
  let scenario = testScenario()
  const { server, db, log } = createMockServer({
    scenario: () => scenario,
    updateScenario: (patch) => {
      scenario = { ...scenario, ...patch }
    },
    now: () => clock,
  })

  return {
    server,
    db,
    log,
    scenario: () => scenario,
    /** The default test scenario (no latency) with `patch` on top. */
    setScenario: (patch: Partial<MockScenario>) => {
      scenario = testScenario(patch)
    },
    setClock: (ms: number) => {
      clock = ms
    },
    reset: () => {
      db.reset()
      log.clear()
      scenario = testScenario()
      clock = NOW
    },
  }
}

export interface CallOptions {
  method?: 'GET' | 'PUT'
  /** Defaults to a valid token of 张伟; null sends no Authorization header. */
  token?: string | null
  ifMatch?: string
  key?: string
  body?: unknown
  signal?: AbortSignal
}

/** One request to the node mock backend; answers status and parsed JSON body. */
export async function call(path: string, options: CallOptions = {}) {
  const headers = new Headers()
  const token = options.token === undefined ? ZHANG_TOKEN : options.token
  if (token !== null) headers.set('Authorization', `Bearer ${token}`)
  if (options.ifMatch) headers.set('If-Match', options.ifMatch)
  if (options.key) headers.set('Idempotency-Key', options.key)
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')

  const response = await fetch(`${NODE_MOCK_BASE_URL}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  })
  return { status: response.status, body: await response.json() as unknown }
}

/** PUT /v1/filing with `body`. */
export function putFiling(body: unknown, options: Omit<CallOptions, 'method' | 'body'> = {}) {
  return call('/v1/filing', { ...options, method: 'PUT', body })
}
