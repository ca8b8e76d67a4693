import { describe, expect, it } from 'vitest'

import { ConfigError, loadRuntimeConfig } from '@/config/load'
import { CONFIG_ERROR_GLOBAL, CONFIG_GLOBAL, defaultConfig } from '@/config/runtime'

function windowWith(config: unknown, href = 'https://h5.example.com/roster/'): Window {
  const globals: Record<string, unknown> = { location: { href } }
  if (config !== undefined) globals[CONFIG_GLOBAL] = config

  return globals as unknown as Window
}

function problemsOf(config: unknown, href?: string): string[] {
  try {
    loadRuntimeConfig(windowWith(config, href))
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(problem => problem.key)
    throw error
  }
  return []
}

describe('loadRuntimeConfig', () => {
  it('should give the production-safe defaults for an empty config', () => {
    const config = loadRuntimeConfig(windowWith({}))

    expect(config).toEqual(defaultConfig())
    expect(config.bridge.transport).toBe('native')
    expect(config.apiBaseUrl).toBe('/api')
    expect(config.mock).toBe(false)
  })

  it('should lay the keys it is given over the defaults, handler names one by one', () => {
    const config = loadRuntimeConfig(windowWith({
      apiBaseUrl: 'https://api.example.com/roster',
      requestTimeoutMs: 20_000,
      bridge: {
        transport: 'postMessage',
        handlerNames: { getToken: 'fetchUserToken' },
        trustedOrigins: ['https://host.example.com', 'http://127.0.0.1:5174'],
      },
    }))

    expect(config.apiBaseUrl).toBe('https://api.example.com/roster')
    expect(config.requestTimeoutMs).toBe(20_000)
    expect(config.bridge.handlerNames).toEqual({ ...defaultConfig().bridge.handlerNames, getToken: 'fetchUserToken' })
    expect(config.bridge.readyTimeoutMs).toBe(defaultConfig().bridge.readyTimeoutMs)
    expect(config.bridge.trustedOrigins).toEqual(['https://host.example.com', 'http://127.0.0.1:5174'])
  })

  it('should name config.js when it did not run, with the error it threw', () => {
    const win = windowWith(undefined) as unknown as Record<string, unknown>
    win[CONFIG_ERROR_GLOBAL] = 'SyntaxError: Unexpected token } (config.js:12)'

    expect(() => loadRuntimeConfig(win as unknown as Window))
      .toThrow(/config\.js: did not set.*Unexpected token/)
  })

  it('should refuse a config that is not an object', () => {
    expect(problemsOf(['/api'])).toEqual(['config.js'])
  })

  it('should name an unknown key and suggest the one meant when only the case differs', () => {
    expect(() => loadRuntimeConfig(windowWith({ apiBaseURL: '/api' }))).toThrow('apiBaseURL: unknown key; did you mean "apiBaseUrl"?')
    expect(problemsOf({ bridge: { transprot: 'native' } })).toEqual(['bridge.transprot'])
    expect(problemsOf({ bridge: { handlerNames: { getTokens: 'x' } } })).toEqual(['bridge.handlerNames.getTokens'])
  })

  it.each<[unknown, string]>([
    ['', 'empty'],
    ['api.example.com/api', 'no scheme'],
    ['ftp://api.example.com', 'another scheme'],
    ['//api.example.com/api', 'protocol-relative'],
    ['https://user:pw@api.example.com', 'credentials'],
    ['https://api.example.com/api?x=1', 'a query'],
    ['/api v1', 'a space'],
    [42, 'a number'],
  ])('should refuse apiBaseUrl %j (%s)', (apiBaseUrl) => {
    expect(problemsOf({ apiBaseUrl })).toEqual(['apiBaseUrl'])
  })

  it.each(['/api', './api', '../api', 'https://api.example.com/api/', 'http://127.0.0.1:8080/api'])(
    'should accept apiBaseUrl %j', (apiBaseUrl) => {
      expect(problemsOf({ apiBaseUrl }, 'http://127.0.0.1/')).toEqual([])
    },
  )

  it('should refuse an http apiBaseUrl from an https page, which the WebView would block', () => {
    expect(problemsOf({ apiBaseUrl: 'http://api.example.com' }, 'https://h5.example.com/')).toEqual(['apiBaseUrl'])
  })

  it.each([0, -1, 15, 8.5, '8000', 3_600_000, Number.NaN])('should refuse the timeout %j', (value) => {
    expect(problemsOf({ requestTimeoutMs: value, bridge: { readyTimeoutMs: value, callTimeoutMs: value } }))
      .toEqual(['requestTimeoutMs', 'bridge.readyTimeoutMs', 'bridge.callTimeoutMs'])
  })

  it('should refuse an unknown transport and mocks in a bundle built without them', () => {
    expect(problemsOf({ bridge: { transport: 'jsbridge' } })).toEqual(['bridge.transport'])
    expect(problemsOf({ bridge: { transport: 'mock' }, mock: true })).toEqual(['mock', 'bridge.transport'])
    expect(problemsOf({ mock: 'false' })).toEqual(['mock'])
  })

  it('should refuse handler names that are empty or not strings', () => {
    expect(problemsOf({ bridge: { handlerNames: { getToken: ' ', close: 3 } } }))
      .toEqual(['bridge.handlerNames.getToken', 'bridge.handlerNames.close'])
    expect(problemsOf({ bridge: { handlerNames: ['getToken'] } })).toEqual(['bridge.handlerNames'])
  })

  it('should accept only exact origins as trusted origins', () => {
    const trustedOrigins = [
      'https://host.example.com',
      'https://host.example.com/',
      'https://host.example.com/app',
      '*',
      'null',
      'host.example.com',
      'file:///index.html',
      7,
      'http://localhost:5174',
    ]

    expect(problemsOf({ bridge: { trustedOrigins } })).toEqual([1, 2, 3, 4, 5, 6, 7].map(i => `bridge.trustedOrigins[${i}]`))
    expect(problemsOf({ bridge: { trustedOrigins: 'https://host.example.com' } })).toEqual(['bridge.trustedOrigins'])
  })

  it('should require a trusted origin for the postMessage transport', () => {
    expect(problemsOf({ bridge: { transport: 'postMessage' } })).toEqual(['bridge.trustedOrigins'])
  })

  it('should list every bad key at once and name the first as the error key', () => {
    try {
      loadRuntimeConfig(windowWith({ apiBaseUrl: 1, bridge: 'native', extra: true }))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as ConfigError).key).toBe('extra')
      expect((error as ConfigError).problems.map(problem => problem.key)).toEqual(['extra', 'apiBaseUrl', 'bridge'])
    }
  })
})
