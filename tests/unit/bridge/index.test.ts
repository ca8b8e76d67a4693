import { afterEach, describe, expect, it, vi } from 'vitest'

import { createBridge } from '@/bridge/index'
import { defaultConfig } from '@/config/runtime'
import type { BridgeTransport } from '@/bridge/types'

function configWith(transport: BridgeTransport) {
  const config = defaultConfig()
  return { ...config, bridge: { ...config.bridge, transport } }
}

describe('createBridge', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('should build the native transport when config says native', async () => {
    await expect(createBridge(configWith('native'))).resolves.toMatchObject({ transport: 'native' })
  })

  it('should load the mock host when config says mock and the bundle has mocks', async () => {
    vi.stubEnv('VITE_MOCKS', 'true')

    await expect(createBridge(configWith('mock'))).resolves.toMatchObject({ transport: 'mock' })
  })

  it('should refuse clearly when config says mock and the bundle has no mocks', async () => {
    vi.stubEnv('VITE_MOCKS', 'false')

    await expect(createBridge(configWith('mock'))).rejects.toThrow(/built without mocks/)
  })

  it('should build the postMessage transport when config says postMessage', async () => {
    await expect(createBridge(configWith('postMessage')))
      .resolves.toMatchObject({ transport: 'postMessage' })
  })
})
