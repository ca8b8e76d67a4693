import { describe, expect, it, vi } from 'vitest'

import { createTokenSource } from '@/bridge/index'
import type { HostBridge } from '@/bridge/types'
import { BridgeError } from '@/bridge/types'

/** A host whose getToken answers only when the test says so. */
function manualHost() {
  const answers: ((token: string) => void)[] = []
  const getToken = vi.fn<HostBridge['getToken']>(() => new Promise<string>((resolve) => {
    answers.push(resolve)
  }))
  const bridge = { transport: 'mock', getToken } as unknown as HostBridge

  return { bridge, getToken, answer: (index: number, token: string) => answers[index]?.(token) }
}

describe('token source', () => {
  it('should ask the host once when two refreshes run at the same time', async () => {
    const host = manualHost()
    const token = createTokenSource(host.bridge)

    const first = token(true)
    const second = token(true)
    host.answer(0, 'fresh-1')

    await expect(Promise.all([first, second])).resolves.toEqual(['fresh-1', 'fresh-1'])
    expect(host.getToken).toHaveBeenCalledOnce()
    expect(host.getToken).toHaveBeenCalledWith({ refresh: true })
  })

  it('should keep the token in memory when it is asked again without refresh', async () => {
    const host = manualHost()
    const token = createTokenSource(host.bridge)

    const first = token(false)
    host.answer(0, 'tok-1')
    await first

    await expect(token(false)).resolves.toBe('tok-1')
    expect(host.getToken).toHaveBeenCalledOnce()
  })

  it('should ask the host again when a refresh follows a plain request in flight', async () => {
    const host = manualHost()
    const token = createTokenSource(host.bridge)

    const plain = token(false)
    const refreshed = token(true)
    host.answer(1, 'fresh')
    host.answer(0, 'stale')
    await Promise.all([plain, refreshed])

    await expect(token(false)).resolves.toBe('fresh')
    expect(host.getToken.mock.calls).toEqual([[{ refresh: false }], [{ refresh: true }]])
  })

  it('should ask the host again when the previous refresh failed', async () => {
    const getToken = vi.fn()
      .mockRejectedValueOnce(new BridgeError('DENIED', 'no'))
      .mockResolvedValueOnce('tok-2')
    const token = createTokenSource({ getToken } as unknown as HostBridge)

    await expect(token(true)).rejects.toMatchObject({ code: 'DENIED' })
    await expect(token(false)).resolves.toBe('tok-2')
  })

  it('should leave no trace in web storage when a token was fetched', async () => {
    const host = manualHost()
    const token = createTokenSource(host.bridge)

    const pending = token(true)
    host.answer(0, 'secret-token-42')
    await pending

    for (const store of [localStorage, sessionStorage]) {
      const values = Object.keys(store).map(key => store.getItem(key) ?? '')
      expect(values.join('\n')).not.toContain('secret-token-42')
    }
    expect(location.href).not.toContain('secret-token-42')
  })
})
