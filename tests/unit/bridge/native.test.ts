import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { BRIDGE_READY_EVENT, READY_POLL_MS } from '@/bridge/native'
import { BridgeError } from '@/bridge/types'

import {
  answeringHost,
  fakeJsBridge,
  inject,
  injectAnswer,
  nativeBridge,
  uninject,
} from './helpers'

afterEach(() => {
  vi.useRealTimers()
  uninject()
})

describe('native bridge: finding the host', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })

  it('should be ready at once when the bridge is present at start', async () => {
    inject(answeringHost())

    await expect(nativeBridge().ready()).resolves.toBeUndefined()
  })

  it('should become ready when the bridge is injected late with the ready event', async () => {
    const ready = vi.fn()
    nativeBridge().ready().then(ready)

    // Halfway between two polls, so only the event can explain the outcome.
    await vi.advanceTimersByTimeAsync(1_000 + READY_POLL_MS / 2)
    expect(ready).not.toHaveBeenCalled()

    inject(answeringHost())
    document.dispatchEvent(new Event(BRIDGE_READY_EVENT))
    await vi.advanceTimersByTimeAsync(1)

    expect(ready).toHaveBeenCalledOnce()
  })

  it('should use the bridge carried on the ready event when the global is not set', async () => {
    const token = nativeBridge().getToken({ refresh: false })

    const event = Object.assign(new Event(BRIDGE_READY_EVENT), { bridge: answeringHost('ev') })
    document.dispatchEvent(event)

    await expect(token).resolves.toBe('ev')
  })

  it('should become ready by polling when the bridge comes late without the event', async () => {
    const ready = vi.fn()
    nativeBridge().ready().then(ready)

    await vi.advanceTimersByTimeAsync(2_000)
    inject(answeringHost())
    await vi.advanceTimersByTimeAsync(READY_POLL_MS)

    expect(ready).toHaveBeenCalledOnce()
  })

  it('should reject NOT_READY after the ready timeout when the bridge never comes', async () => {
    const ready = nativeBridge({ readyTimeoutMs: 3_000 }).ready()
    const outcome = expect(ready).rejects.toMatchObject({ name: 'BridgeError', code: 'NOT_READY' })

    await vi.advanceTimersByTimeAsync(3_000)
    await outcome
  })

  it('should wait again when ready is retried after NOT_READY', async () => {
    const bridge = nativeBridge({ readyTimeoutMs: 1_000 })
    const first = expect(bridge.ready()).rejects.toBeInstanceOf(BridgeError)
    await vi.advanceTimersByTimeAsync(1_000)
    await first

    inject(answeringHost())

    await expect(bridge.ready()).resolves.toBeUndefined()
  })

  it('should reject a call with NOT_READY when the bridge never comes', async () => {
    const token = nativeBridge({ readyTimeoutMs: 1_000 }).getToken({ refresh: false })
    const outcome = expect(token).rejects.toMatchObject({ code: 'NOT_READY' })

    await vi.advanceTimersByTimeAsync(1_000)
    await outcome
  })
})

describe('native bridge: calls', () => {
  it('should send the refresh flag and resolve the token when the host answers', async () => {
    const host = answeringHost('tok-abc')
    inject(host)

    await expect(nativeBridge().getToken({ refresh: true })).resolves.toBe('tok-abc')
    expect(host.received).toEqual([{ name: 'getToken', data: { refresh: true } }])
  })

  it('should send each handler its data when the other handlers are called', async () => {
    const host = answeringHost()
    inject(host)
    const bridge = nativeBridge()

    await bridge.setTitle('确认信息')
    await bridge.close()
    await bridge.openHostPage('joinUnit')

    expect(host.received).toEqual([
      { name: 'setTitle', data: { title: '确认信息' } },
      { name: 'close', data: {} },
      { name: 'openHostPage', data: { page: 'joinUnit' } },
    ])
  })

  it('should call the host names from config when handler names are remapped', async () => {
    const host = fakeJsBridge((name, _data, answer) => {
      answer(name === 'yjt.getAuthToken' ? { token: 't' } : {})
    })
    inject(host)
    const handlerNames = {
      getToken: 'yjt.getAuthToken',
      setTitle: 'yjt.setNavTitle',
      close: 'yjt.closeWebView',
      openHostPage: 'yjt.openPage',
    }
    const bridge = nativeBridge({ handlerNames })

    await expect(bridge.getToken({ refresh: false })).resolves.toBe('t')
    await bridge.setTitle('办事指南')

    expect(host.received.map(call => call.name)).toEqual(['yjt.getAuthToken', 'yjt.setNavTitle'])
  })

  it('should read the token when the host answers with a JSON string', async () => {
    injectAnswer('{"token":"from-android"}')

    await expect(nativeBridge().getToken({ refresh: false })).resolves.toBe('from-android')
  })

  it('should resolve when a void handler answers with an empty string', async () => {
    injectAnswer('')

    await expect(nativeBridge().close()).resolves.toBeUndefined()
  })

  it('should reject DENIED when the host answers with a DENIED error', async () => {
    injectAnswer({ error: { code: 'DENIED', message: 'signed out' } })

    await expect(nativeBridge().getToken({ refresh: true }))
      .rejects.toMatchObject({ code: 'DENIED', handler: 'getToken' })
  })

  it('should reject UNSUPPORTED when the host answers with a JSON string error', async () => {
    injectAnswer(JSON.stringify({ error: { code: 'UNSUPPORTED', message: 'no such page' } }))

    await expect(nativeBridge().openHostPage('joinUnit'))
      .rejects.toMatchObject({ code: 'UNSUPPORTED' })
  })

  it('should reject HOST_ERROR when the host answers with an unknown error code', async () => {
    injectAnswer({ error: { code: 'E_LOGIN', message: 'x' } })

    await expect(nativeBridge().setTitle('t')).rejects.toMatchObject({ code: 'HOST_ERROR' })
  })

  it('should reject HOST_ERROR when the getToken answer has no token', async () => {
    injectAnswer({ accessToken: 'wrong-field' })

    await expect(nativeBridge().getToken({ refresh: false }))
      .rejects.toMatchObject({ code: 'HOST_ERROR' })
  })

  it('should reject HOST_ERROR without quoting the text when the answer is not JSON', async () => {
    injectAnswer('secret-token-not-json')

    const error = await nativeBridge().getToken({ refresh: false }).catch((e: unknown) => e)

    expect(error).toMatchObject({ code: 'HOST_ERROR' })
    expect((error as Error).message).not.toContain('secret-token')
  })

  it('should reject HOST_ERROR when callHandler throws', async () => {
    inject(fakeJsBridge(() => {
      throw new TypeError('bridge is gone')
    }))

    await expect(nativeBridge().close()).rejects.toMatchObject({ code: 'HOST_ERROR' })
  })

  it('should reject TIMEOUT after the call timeout when a handler never answers', async () => {
    vi.useFakeTimers()
    inject(fakeJsBridge(() => {}))
    const token = nativeBridge({ callTimeoutMs: 4_000 }).getToken({ refresh: false })
    const outcome = expect(token).rejects.toMatchObject({ code: 'TIMEOUT', handler: 'getToken' })

    await vi.advanceTimersByTimeAsync(4_000)
    await outcome
  })
})
