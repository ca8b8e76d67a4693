import { v4 as uuidv4 } from 'uuid'

/**
 * A fresh key for one submission; retries of that submission reuse it (spec §5).
 * uuid rather than crypto.randomUUID, which old WebViews and plain-http pages lack.
 */
export function newIdempotencyKey(): string {
  return uuidv4()
}
