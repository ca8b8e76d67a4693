// Bearer-token check of the mock backend: tokens are self-describing (mock/token.ts), so
// nothing about them is stored.
import type { MockScenario, MockUserId } from '../scenario'
import { parseMockToken } from '../token'

/** Tokens of the `short` scenario expire after this long. */
export const SHORT_TOKEN_LIFETIME_MS = 20_000

export type AuthResult
  = | { ok: true, userId: MockUserId }
    | { ok: false, code: 'UNAUTHORIZED' | 'TOKEN_EXPIRED' }

/** Who sent `request`, or why the backend refuses it with 401. */
export function authenticate(request: Request, scenario: MockScenario, now: number): AuthResult {
  const header = request.headers.get('Authorization') ?? ''
  const match = /^Bearer (\S+)$/.exec(header)
  const claims = match?.[1] ? parseMockToken(match[1]) : null
  if (!claims) return { ok: false, code: 'UNAUTHORIZED' }

  const tooOld = scenario.tokenLifetime === 'short'
    && now - claims.issuedAt > SHORT_TOKEN_LIFETIME_MS
  if (claims.expired || tooOld) return { ok: false, code: 'TOKEN_EXPIRED' }

  return { ok: true, userId: claims.userId }
}
