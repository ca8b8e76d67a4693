// Mock tokens carry who they belong to and when they were issued, so the mock backend can
// check them without storing them anywhere (no token in storage, even in mock mode).
import type { MockUserId } from './scenario'

const PREFIX = 'mock-token'

export interface MockTokenClaims {
  userId: MockUserId
  issuedAt: number
  /** Set on tokens the backend must treat as already expired (scenario expiredAtStart). */
  expired: boolean
}

export function issueMockToken(claims: MockTokenClaims): string {
  return [PREFIX, claims.userId, String(claims.issuedAt), claims.expired ? 'x' : 'v'].join('.')
}

export function parseMockToken(token: string): MockTokenClaims | null {
  const [prefix, userId, issuedAt, flag] = token.split('.')
  if (prefix !== PREFIX || !userId || !issuedAt || !flag) return null
  if (userId !== 'u-zhang' && userId !== 'u-li') return null

  return { userId, issuedAt: Number(issuedAt), expired: flag === 'x' }
}
