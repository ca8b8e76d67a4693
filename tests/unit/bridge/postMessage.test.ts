import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { READY_MESSAGE, READY_RESEND_MS, REQUEST_MESSAGE } from '@/bridge/postMessage'

import type { FramedWindow } from './framedWindow'
import { framedWindow, HOST_ORIGIN, OTHER_ORIGIN, postMessageBridge } from './framedWindow'

let framed: FramedWindow

beforeEach(() => {
  vi.useFakeTimers()
  framed = framedWindow()
})

afterEach(() => {
  // Whatever a test did, nothing may ever have been posted to any origin.
  expect(framed.posted.filter(p => p.targetOrigin === '*')).toEqual([])
  vi.useRealTimers()
})

/** The id of the last request the app posted, after letting it go out. */
async function lastRequestId(): Promise<string> {
  await vi.advanceTimersByTimeAsync(0)
  const id = framed.requests().at(-1)?.id
  if (!id) throw new Error('the app posted no request')

  return id
}

describe('postMessage bridge: ready handshake', () => {
  it('should send the handshake to the trusted parent origin, ready on its answer', async () => {
    const bridge = postMessageBridge(framed)
    framed.answerReady()

    await expect(bridge.ready()).resolves.toBeUndefined()
    expect(framed.posted[0]).toEqual({
      message: { type: READY_MESSAGE, version: 1 },
      targetOrigin: HOST_ORIGIN,
    })
  })

  it('should repeat the handshake until a host that listens late answers', async () => {
    const ready = vi.fn()
    postMessageBridge(framed).ready().then(ready)

    await vi.advanceTimersByTimeAsync(READY_RESEND_MS * 3)
    expect(framed.posted.length).toBeGreaterThanOrEqual(3)
    framed.answerReady()
    await vi.advanceTimersByTimeAsync(1)

    expect(ready).toHaveBeenCalledOnce()
  })

  it('should reject NOT_READY after the ready timeout when no host answers', async () => {
    const ready = postMessageBridge(framed, { readyTimeoutMs: 2_000 }).ready()
    const outcome = expect(ready).rejects.toMatchObject({ code: 'NOT_READY' })

    await vi.advanceTimersByTimeAsync(2_000)
    await outcome
  })

  it('should ask again when ready is retried after NOT_READY', async () => {
    const bridge = postMessageBridge(framed, { readyTimeoutMs: 1_000 })
    const first = expect(bridge.ready()).rejects.toMatchObject({ code: 'NOT_READY' })
    await vi.advanceTimersByTimeAsync(1_000)
    await first

    framed.answerReady()
    await expect(bridge.ready()).resolves.toBeUndefined()
  })

  it('should reject NOT_READY naming bridge.trustedOrigins when the list is empty', async () => {
    const bridge = postMessageBridge(framed, { trustedOrigins: [] })

    await expect(bridge.ready()).rejects.toMatchObject({
      code: 'NOT_READY',
      message: expect.stringContaining('bridge.trustedOrigins'),
    })
    expect(framed.posted).toEqual([])
  })

  it('should reject NOT_READY at once when the app is not in an iframe', async () => {
    framed = framedWindow({ top: true })

    await expect(postMessageBridge(framed).ready()).rejects.toMatchObject({
      code: 'NOT_READY',
      message: expect.stringContaining('not in an iframe'),
    })
  })

  it('should post nothing and reject NOT_READY when the parent origin is untrusted', async () => {
    framed = framedWindow({ ancestor: OTHER_ORIGIN })

    await expect(postMessageBridge(framed).ready()).rejects.toMatchObject({
      code: 'NOT_READY',
      message: expect.stringContaining(OTHER_ORIGIN),
    })
    expect(framed.posted).toEqual([])
  })

  it('should post to the referrer\'s origin when the browser has no ancestorOrigins', async () => {
    framed = framedWindow({ ancestor: null, referrer: `${HOST_ORIGIN}/workbench?x=1` })
    const trustedOrigins = ['https://a.example', HOST_ORIGIN]
    void postMessageBridge(framed, { trustedOrigins }).ready().catch(() => undefined)
    await vi.advanceTimersByTimeAsync(0)

    expect(framed.posted.map(p => p.targetOrigin)).toEqual([HOST_ORIGIN])
  })

  it('should post to each trusted origin when neither ancestor nor referrer is known', async () => {
    framed = framedWindow({ ancestor: null })
    const trustedOrigins = ['https://a.example', HOST_ORIGIN]
    void postMessageBridge(framed, { trustedOrigins }).ready().catch(() => undefined)
    await vi.advanceTimersByTimeAsync(0)

    expect(framed.posted.map(p => p.targetOrigin)).toEqual(trustedOrigins)
  })
})

describe('postMessage bridge: calls', () => {
  beforeEach(() => {
    framed.answerReady()
  })

  it('should post a request with an id and resolve with the answer to that id', async () => {
    const token = postMessageBridge(framed).getToken({ refresh: true })
    const id = await lastRequestId()
    framed.respond(id, { result: { token: 'tk-1' } })

    await expect(token).resolves.toBe('tk-1')
    expect(framed.requests()).toEqual([
      { type: REQUEST_MESSAGE, id, handler: 'getToken', data: { refresh: true } },
    ])
    expect(framed.posted.at(-1)?.targetOrigin).toBe(HOST_ORIGIN)
  })

  it('should match answers to calls by id when the host answers out of order', async () => {
    const bridge = postMessageBridge(framed)
    const first = bridge.getToken({ refresh: false })
    const firstId = await lastRequestId()
    const second = bridge.getToken({ refresh: true })
    const secondId = await lastRequestId()

    framed.respond(secondId, { result: { token: 'fresh' } })
    framed.respond(firstId, { result: { token: 'old' } })

    await expect(first).resolves.toBe('old')
    await expect(second).resolves.toBe('fresh')
    expect(firstId).not.toBe(secondId)
  })

  it('should use the handler names from runtime config', async () => {
    const handlerNames = {
      getToken: 'ykt.token', setTitle: 'ykt.title', close: 'ykt.close', openHostPage: 'ykt.open',
    }
    const title = postMessageBridge(framed, { handlerNames }).setTitle('确认信息')
    framed.respond(await lastRequestId(), { result: {} })

    await expect(title).resolves.toBeUndefined()
    const [request] = framed.requests()
    expect(request).toMatchObject({ handler: 'ykt.title', data: { title: '确认信息' } })
  })

  it('should reject TIMEOUT when the host is silent, and ignore a late answer', async () => {
    const close = postMessageBridge(framed, { callTimeoutMs: 4_000 }).close()
    const outcome = expect(close).rejects.toMatchObject({ code: 'TIMEOUT', handler: 'close' })
    const id = await lastRequestId()

    await vi.advanceTimersByTimeAsync(4_000)
    await outcome
    expect(() => framed.respond(id, { result: {} })).not.toThrow()
  })

  it.each([
    [{ error: { code: 'DENIED', message: 'no user' } }, 'DENIED'],
    [{ error: { code: 'UNSUPPORTED', message: 'old host' } }, 'UNSUPPORTED'],
    [{ error: { code: 'NOT_READY', message: 'hosts cannot say this' } }, 'HOST_ERROR'],
    [{ error: 'broken' }, 'HOST_ERROR'],
    [{ result: { token: '' } }, 'HOST_ERROR'],
    [{ result: 'not json' }, 'HOST_ERROR'],
  ])('should map the answer %j to %s', async (reply, code) => {
    const token = postMessageBridge(framed).getToken({ refresh: false })
    const outcome = expect(token).rejects.toMatchObject({ name: 'BridgeError', code })
    framed.respond(await lastRequestId(), reply)

    await outcome
  })

  it('should read an answer sent as a JSON string, as Android hosts do', async () => {
    const token = postMessageBridge(framed).getToken({ refresh: false })
    framed.respond(await lastRequestId(), { result: '{"token":"tk-json"}' })

    await expect(token).resolves.toBe('tk-json')
  })
})

describe('postMessage bridge: untrusted senders', () => {
  beforeEach(() => {
    vi.mocked(console.warn).mockImplementation(() => undefined)
  })

  it('should not believe an answer from an untrusted origin, even with the right id', async () => {
    framed.answerReady()
    const token = postMessageBridge(framed).getToken({ refresh: false })
    const id = await lastRequestId()

    framed.respond(id, { error: { code: 'DENIED', message: 'forged' } }, { origin: OTHER_ORIGIN })
    framed.respond(id, { result: { token: 'forged' } }, { origin: OTHER_ORIGIN })
    framed.respond(id, { result: { token: 'genuine' } })

    await expect(token).resolves.toBe('genuine')
    expect(console.warn).toHaveBeenCalledOnce()
    expect(vi.mocked(console.warn).mock.calls[0]?.join(' ')).toContain(OTHER_ORIGIN)
  })

  it('should not believe a trusted origin that is not the parent window', async () => {
    framed.answerReady()
    const token = postMessageBridge(framed).getToken({ refresh: false })
    const id = await lastRequestId()

    framed.respond(id, { result: { token: 'sibling' } }, { source: {} })
    framed.respond(id, { result: { token: 'genuine' } })

    await expect(token).resolves.toBe('genuine')
  })

  it('should not become ready on a handshake from an untrusted origin, nor answer it', async () => {
    const ready = postMessageBridge(framed, { readyTimeoutMs: 1_000 }).ready()
    const outcome = expect(ready).rejects.toMatchObject({ code: 'NOT_READY' })
    const postedBefore = framed.posted.length

    framed.deliver({ type: READY_MESSAGE, version: 1 }, { origin: OTHER_ORIGIN })
    framed.deliver({ type: READY_MESSAGE, version: 1 }, { source: null })
    await vi.advanceTimersByTimeAsync(1_000)

    await outcome
    expect(framed.posted.slice(postedBefore).every(p => p.targetOrigin === HOST_ORIGIN)).toBe(true)
  })
})
