// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'

const native = Object.fromEntries

afterEach(() => {
  Object.defineProperty(Object, 'fromEntries', { value: native, configurable: true, writable: true })
})

describe('polyfills', () => {
  it('should add Object.fromEntries where the engine lacks it (Chrome 64, iOS 12.0)', async () => {
    Reflect.deleteProperty(Object, 'fromEntries')
    vi.resetModules()
    await import('@/polyfills')

    expect(Object.fromEntries).not.toBe(native)
    expect(Object.fromEntries([['a', 1], ['b', 2]])).toEqual({ a: 1, b: 2 })
    expect(Object.fromEntries(new Map([['x', 'y']]))).toEqual({ x: 'y' })
  })

  it('should keep the engine\'s own Object.fromEntries', async () => {
    vi.resetModules()
    await import('@/polyfills')

    expect(Object.fromEntries).toBe(native)
  })
})
