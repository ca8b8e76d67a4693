import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { MockScenario } from '@mock/scenario'
import { defaultScenario } from '@mock/scenario'
import { parseMockToken } from '@mock/token'
import {
  createMockBridge,
  MOCK_ABSENT_AFTER_MS,
  MOCK_CLOSE_EVENT,
  MOCK_OPEN_PAGE_EVENT,
  MOCK_SLOW_MS,
} from '@mock/host/mockBridge'

const NOW = Date.UTC(2025, 5, 1, 2, 0, 0)

function mockHost(patch: Partial<MockScenario> = {}) {
  return createMockBridge({ scenario: () => ({ ...defaultScenario(), ...patch }), now: Date.now })
}

describe('mock host bridge', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW })
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('should issue a valid token for the scenario user when the host is ok', async () => {
    const token = await mockHost({ userId: 'u-li' }).getToken({ refresh: false })

    expect(parseMockToken(token)).toEqual({ userId: 'u-li', issuedAt: NOW, expired: false })
  })

  it('should expire only the first token when tokens expire at start', async () => {
    const bridge = mockHost({ tokenLifetime: 'expiredAtStart' })

    expect(parseMockToken(await bridge.getToken({ refresh: false }))?.expired).toBe(true)
    expect(parseMockToken(await bridge.getToken({ refresh: true }))?.expired).toBe(false)
  })

  it('should reject NOT_READY after a short wait when the host is absent', async () => {
    const ready = vi.fn()
    const outcome = mockHost({ host: 'absent' }).ready().catch(ready)

    await vi.advanceTimersByTimeAsync(MOCK_ABSENT_AFTER_MS - 1)
    expect(ready).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    await outcome

    expect(ready).toHaveBeenCalledWith(expect.objectContaining({ code: 'NOT_READY' }))
  })

  it('should delay ready and every call when the host is slow', async () => {
    const bridge = mockHost({ host: 'slow' })
    const done = vi.fn()
    bridge.getToken({ refresh: false }).then(done)

    await vi.advanceTimersByTimeAsync(2 * MOCK_SLOW_MS - 1)
    expect(done).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)

    expect(done).toHaveBeenCalledOnce()
    expect(bridge.calls[0]).toMatchObject({ handler: 'getToken', durationMs: 2 * MOCK_SLOW_MS })
  })

  it('should reject DENIED on refresh only when the host refuses refreshes', async () => {
    const bridge = mockHost({ host: 'refuseRefresh' })

    await expect(bridge.getToken({ refresh: false })).resolves.toMatch(/^mock-token\./)
    await expect(bridge.getToken({ refresh: true })).rejects.toMatchObject({ code: 'DENIED' })
  })

  it('should reject UNSUPPORTED when the host cannot open its pages', async () => {
    await expect(mockHost({ host: 'noHostPage' }).openHostPage('joinUnit'))
      .rejects.toMatchObject({ code: 'UNSUPPORTED' })
  })

  it('should announce the page when the host is asked to open one', async () => {
    const opened = vi.fn()
    window.addEventListener(MOCK_OPEN_PAGE_EVENT, opened)

    await mockHost().openHostPage('joinUnit')

    window.removeEventListener(MOCK_OPEN_PAGE_EVENT, opened)
    expect(opened.mock.calls[0]?.[0]).toMatchObject({ detail: { page: 'joinUnit' } })
  })

  it('should announce the close when the app asks the host to close', async () => {
    const closed = vi.fn()
    window.addEventListener(MOCK_CLOSE_EVENT, closed)

    await mockHost().close()

    window.removeEventListener(MOCK_CLOSE_EVENT, closed)
    expect(closed).toHaveBeenCalledOnce()
  })

  it('should set the document title when setTitle is called', async () => {
    await mockHost().setTitle('办事指南')

    expect(document.title).toBe('办事指南')
  })

  it('should log every call without token values when calls succeed or fail', async () => {
    const bridge = mockHost({ host: 'refuseRefresh' })

    const token = await bridge.getToken({ refresh: false })
    await bridge.getToken({ refresh: true }).catch(() => {})
    await bridge.setTitle('确认信息')

    expect(bridge.calls).toEqual([
      { handler: 'getToken', data: { refresh: false }, result: 'ok', durationMs: 0 },
      { handler: 'getToken', data: { refresh: true }, result: 'DENIED', durationMs: 0 },
      { handler: 'setTitle', data: { title: '确认信息' }, result: 'ok', durationMs: 0 },
    ])
    expect(JSON.stringify(bridge.calls)).not.toContain(token)
    expect(window.__mockHostLog).toBe(bridge.calls)
  })

  it('should follow the scenario of the moment when QA switches it between calls', async () => {
    let scenario: MockScenario = { ...defaultScenario(), host: 'noHostPage' }
    const bridge = createMockBridge({ scenario: () => scenario })

    await expect(bridge.openHostPage('joinUnit')).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    scenario = { ...scenario, host: 'ok' }

    await expect(bridge.openHostPage('joinUnit')).resolves.toBeUndefined()
  })
})
