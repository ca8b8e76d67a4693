// The app side of the host simulator, in builds with mocks only (src/main.ts imports it behind
// VITE_MOCKS, so production bundles neither hold nor honour it): `?bridge=postMessage` in the
// app's URL switches to the postMessage transport and trusts the app's own origin, where the
// QA bundle serves the simulator. No origin is read from the URL: a foreign page that frames
// the app with this query is still not trusted.
import type { RuntimeConfig } from '@/config/runtime'

export const BRIDGE_QUERY_KEY = 'bridge'

/** `config` with the simulator's URL query applied. */
export function withSimulatorQuery(config: RuntimeConfig, location: Location): RuntimeConfig {
  const transport = new URLSearchParams(location.search).get(BRIDGE_QUERY_KEY)
  // file:// pages have the opaque origin "null", which must never be trusted.
  if (transport !== 'postMessage' || location.origin === 'null') return config

  const trustedOrigins = [...new Set([...config.bridge.trustedOrigins, location.origin])]
  return { ...config, bridge: { ...config.bridge, transport, trustedOrigins } }
}
