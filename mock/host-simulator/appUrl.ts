// Where the simulator finds the app: the QA bundle serves it at simulator/, beside the app's
// index.html. The query switches the app to the postMessage bridge (mock builds only, see
// appConfig.ts); it carries no origin, so a page elsewhere cannot make the app trust it.
import { BRIDGE_QUERY_KEY } from './appConfig'

export type AppRoute = '/' | '/selftest'

/** The app's URL at `route`, told to use the postMessage bridge. */
export function appUrl(route: AppRoute): string {
  const url = new URL('../index.html', window.location.href)
  url.search = `?${BRIDGE_QUERY_KEY}=postMessage`
  url.hash = `#${route}`

  return url.href
}
