import { describe, expect, it, vi } from 'vitest'

import { ApiError } from '@/api/errors'
import { withRetry } from '@/api/retry'

describe('read retries', () => {
  it('should try a read again after a timeout and a 503, waiting each delay', async () => {
    const read = vi.fn()
      .mockRejectedValueOnce(new ApiError({ kind: 'timeout' }))
      .mockRejectedValueOnce(new ApiError({ kind: 'http', status: 503 }))
      .mockResolvedValueOnce('ok')
    const wait = vi.fn(async () => undefined)

    await expect(withRetry(read, [500, 1_500, 4_000], wait)).resolves.toBe('ok')
    expect(wait.mock.calls).toEqual([[500], [1_500]])
  })

  it('should not retry a 4xx or an offline failure', async () => {
    for (const error of [new ApiError({ kind: 'http', status: 403 }), new ApiError({ kind: 'offline' })]) {
      const read = vi.fn().mockRejectedValue(error)
      await expect(withRetry(read, [500], async () => undefined)).rejects.toBe(error)
      expect(read).toHaveBeenCalledTimes(1)
    }
  })

  it('should give up after the last delay with the last error', async () => {
    const error = new ApiError({ kind: 'network' })
    const read = vi.fn().mockRejectedValue(error)
    await expect(withRetry(read, [1, 1, 1], async () => undefined)).rejects.toBe(error)
    expect(read).toHaveBeenCalledTimes(4)
  })
})
