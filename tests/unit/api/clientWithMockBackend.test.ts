// @vitest-environment node
// The real client against the mock backend: the two sides of spec §5 agree.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { createApiClient } from '@/api/client'
import { newIdempotencyKey } from '@/api/idempotency'
import { sampleFiling } from '@mock/backend'
import { NODE_MOCK_BASE_URL } from '@mock/node'
import { issueMockToken } from '@mock/token'

import { createTestBackend, NOW, TODAY } from '../mock/testBackend'

const backend = createTestBackend()

beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => backend.reset())
afterAll(() => backend.server.close())

/** Like the mock host in scenario expiredAtStart: the first token is already expired. */
function expiredAtStartHost() {
  return vi.fn(async (refresh: boolean) => {
    return issueMockToken({ userId: 'u-zhang', issuedAt: NOW, expired: !refresh })
  })
}

function client(timeoutMs = 2_000) {
  const getToken = expiredAtStartHost()
  return {
    getToken,
    api: createApiClient({ baseUrl: NODE_MOCK_BASE_URL, timeoutMs, getToken }),
  }
}

describe('api client with the mock backend', () => {
  it('should load me after one refresh when the first token is expired', async () => {
    const { api, getToken } = client()

    const me = await api.getMe()

    expect(me.user.name).toBe('张伟')
    expect(getToken.mock.calls).toEqual([[false], [true]])
    expect(backend.log.entries.map(entry => entry.path)).toEqual(['/v1/me', '/v1/me'])
  })

  it('should file, then update from the loaded revision when filing twice', async () => {
    const { api } = client()
    const filing = sampleFiling(TODAY)

    expect(await api.getFiling()).toBeNull()
    await api.putFiling(filing, { idempotencyKey: newIdempotencyKey(), revision: null })
    const loaded = await api.getFiling()
    const update = await api.putFiling(loaded!.filing, {
      idempotencyKey: newIdempotencyKey(),
      revision: loaded!.revision,
    })

    expect(update.revision).toBe(2)
  })

  it('should reject with the conflict when another user updated first', async () => {
    backend.db.seedExistingFiling()
    const { api } = client()

    const attempt = api.putFiling(sampleFiling(TODAY), { idempotencyKey: 'k-1', revision: 2 })

    await expect(attempt).rejects.toMatchObject({
      code: 'REVISION_CONFLICT',
      current: { revision: 3, submittedBy: '张伟' },
    })
  })

  it('should submit once when a timed-out submission is retried with the same key', async () => {
    backend.setScenario({ submitFault: 'timeoutAfterStore' })
    const { api } = client(200)
    const filing = sampleFiling(TODAY)
    const options = { idempotencyKey: newIdempotencyKey(), revision: null }

    await expect(api.putFiling(filing, options)).rejects.toMatchObject({ kind: 'timeout' })
    const retry = await api.putFiling(filing, options)

    expect(retry.revision).toBe(1)
    expect(backend.db.getFiling('E1')?.revision).toBe(1)
  })
})
