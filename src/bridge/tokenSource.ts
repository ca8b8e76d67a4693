// The token lives in this closure and nowhere else: not in storage, a URL or a store that
// devtools persist (spec §6).
import type { HostBridge } from './types'

/** Gets the token, fresh from the host when `refresh` is set. */
export type TokenSource = (refresh: boolean) => Promise<string>

/** Holds the current token in memory and asks the host once for concurrent refreshes. */
export function createTokenSource(bridge: HostBridge): TokenSource {
  let token: string | null = null
  let pending: Promise<string> | null = null
  let pendingIsRefresh = false

  function request(refresh: boolean): Promise<string> {
    const flight: Promise<string> = bridge.getToken({ refresh }).then(
      (fresh) => {
        // An older request that ends after a newer one must not bring back its older token.
        if (pending === flight) token = fresh
        return fresh
      },
    ).finally(() => {
      if (pending === flight) pending = null
    })

    pending = flight
    pendingIsRefresh = refresh
    return flight
  }

  return (refresh) => {
    if (pending && (pendingIsRefresh || !refresh)) return pending
    if (token !== null && !refresh) return Promise.resolve(token)

    // The held token is the one the backend just refused: drop it before asking again.
    if (refresh) token = null
    return request(refresh)
  }
}
