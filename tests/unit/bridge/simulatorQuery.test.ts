import { describe, expect, it } from 'vitest'

import { defaultConfig } from '@/config/runtime'
import { withSimulatorQuery } from '@mock/host-simulator/appConfig'

function at(url: string): Location {
  const { search, origin } = new URL(url)
  return { search, origin } as Location
}

describe('the host simulator\'s ?bridge=postMessage (mock bundles only)', () => {
  it('should switch to postMessage and trust only the app\'s own origin', () => {
    const url = 'http://127.0.0.1:4173/index.html?bridge=postMessage'
    const { bridge } = withSimulatorQuery(defaultConfig(), at(url))

    expect(bridge.transport).toBe('postMessage')
    expect(bridge.trustedOrigins).toEqual(['http://127.0.0.1:4173'])
  })

  it('should leave the config alone without the query, or with another transport in it', () => {
    const config = defaultConfig()

    expect(withSimulatorQuery(config, at('http://127.0.0.1:4173/'))).toBe(config)
    expect(withSimulatorQuery(config, at('http://127.0.0.1:4173/?bridge=native'))).toBe(config)
  })

  it('should never trust the opaque origin of a file:// page', () => {
    const config = defaultConfig()

    const fromFile = { search: '?bridge=postMessage', origin: 'null' } as Location

    expect(withSimulatorQuery(config, fromFile)).toBe(config)
  })
})
