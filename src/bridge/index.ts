// Picks the host bridge transport named in runtime config (spec §4).
import type { RuntimeConfig } from '@/config/runtime'

import { createNativeBridge } from './native'
import type { HostBridge } from './types'

export { createTokenSource } from './tokenSource'
export type { TokenSource } from './tokenSource'

async function createMockTransport(): Promise<HostBridge> {
  // A literal comparison of import.meta.env: Vite inlines it at build time, so in a production
  // build (VITE_MOCKS=false) the branch is dead and Rollup drops the import and the mock host.
  if (import.meta.env.VITE_MOCKS === 'true') {
    const { createMockBridge } = await import('@mock/host/mockBridge')
    return createMockBridge()
  }

  throw new Error(
    'Runtime config asks for bridge.transport "mock", but this bundle was built without mocks '
    + '(VITE_MOCKS is not "true"). Use transport "native", or a development or QA build.',
  )
}

/** The host bridge for the configured transport. */
export async function createBridge(config: RuntimeConfig): Promise<HostBridge> {
  const { transport } = config.bridge

  switch (transport) {
    case 'native':
      return createNativeBridge(config.bridge)
    case 'mock':
      return createMockTransport()
    case 'postMessage': {
      // Only iframe hosts (test pages, the simulator) use it: off the WebView's first screen.
      const { createPostMessageBridge } = await import('./postMessage')
      return createPostMessageBridge(config.bridge)
    }
    default:
      throw new Error(`Unknown bridge.transport in runtime config: ${transport satisfies never}`)
  }
}
