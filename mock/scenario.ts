// QA scenarios shared by the mock host and the mock backend. Switched at run time from the
// QA panel (or a test), kept in localStorage so they survive reloads; never in production code.

export interface MockScenario {
  /** Who the mock host signs in. Two users share enterprise E1; a third belongs to none. */
  userId: MockUserId
  /** Membership the backend reports for the signed-in user. */
  membership: 'approved' | 'pending' | 'none'
  /** Whether the backend knows the enterprise's 统一社会信用代码. */
  creditCode: 'known' | 'missing'
  /** `expiredAtStart`: the first token is already expired; `short`: tokens live 20 s. */
  tokenLifetime: 'normal' | 'expiredAtStart' | 'short'
  /** Extra latency of every backend answer, in ms. */
  latencyMs: number
  /** Which request the backend fails with 500 (`submitOnce`: only the next PUT). */
  serverError: 'none' | 'me' | 'filing' | 'submit' | 'submitOnce'
  /** Mock host behaviour. */
  host: 'ok' | 'absent' | 'slow' | 'refuseRefresh' | 'noHostPage'
  /**
   * `timeoutAfterStore`: every new PUT is stored, then answered only after 60 s, so the client
   * times out not knowing it succeeded; a retry with the same Idempotency-Key is answered at once.
   */
  submitFault?: 'none' | 'timeoutAfterStore'
  /** `rejectOnce`: the next submission's last certificate is not found in the registry (422). */
  registry?: 'accept' | 'rejectOnce'
  /** `down`: every request fails as if the connection dropped (the backend never sees it). */
  network?: 'ok' | 'down'
  /** `full`: writing a draft to localStorage throws QuotaExceededError (drafts go to memory). */
  storage?: 'ok' | 'full'
}

export type MockUserId = 'u-zhang' | 'u-li'

export const MOCK_USERS: Record<MockUserId, { name: string, phone: string }> = {
  'u-zhang': { name: '张伟', phone: '13800138000' },
  'u-li': { name: '李娜', phone: '13912345678' },
}

export const SCENARIO_STORAGE_KEY = 'safety-roster:mock-scenario'

export function defaultScenario(): MockScenario {
  return {
    userId: 'u-zhang',
    membership: 'approved',
    creditCode: 'missing',
    tokenLifetime: 'normal',
    latencyMs: 300,
    serverError: 'none',
    host: 'ok',
    submitFault: 'none',
    registry: 'accept',
    network: 'ok',
    storage: 'ok',
  }
}

let memoryScenario: MockScenario | null = null

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** The scenario in force: stored overrides on top of the defaults. */
export function readScenario(): MockScenario {
  const store = storage()
  if (!store) return { ...defaultScenario(), ...memoryScenario }

  try {
    const raw = store.getItem(SCENARIO_STORAGE_KEY)
    return { ...defaultScenario(), ...(raw ? JSON.parse(raw) as Partial<MockScenario> : {}) }
  } catch {
    return defaultScenario()
  }
}

export function writeScenario(patch: Partial<MockScenario>): MockScenario {
  const next = { ...readScenario(), ...patch }
  const store = storage()

  if (store) store.setItem(SCENARIO_STORAGE_KEY, JSON.stringify(next))
  else memoryScenario = next

  return next
}

export function resetScenario(): void {
  memoryScenario = null
  storage()?.removeItem(SCENARIO_STORAGE_KEY)
}
