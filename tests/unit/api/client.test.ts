// @vitest-environment node
// Node environment: axios then uses its http adapter, which msw/node intercepts directly.
import { inspect } from 'node:util'

import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { createApiClient } from '@/api/client'
import { ApiError, isApiError } from '@/api/errors'
import { newIdempotencyKey } from '@/api/idempotency'
import { emptyFiling } from '@/domain/filing'

const BASE_URL = 'http://localhost/api'
const ME = {
  user: { id: 'u-zhang', name: '张伟', phone: '13800138000' },
  membership: { status: 'approved' },
  enterprise: null,
}
const PUT_OK = { revision: 4, submittedAt: '2026-12-03T18:30:00+08:00' }

const server = setupServer()

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** A host that hands out `token-0`, then `token-1`, … on each refresh. */
function fakeHost() {
  let issued = 0
  const getToken = vi.fn(async (refresh: boolean) => {
    if (refresh) issued += 1
    return `token-${issued}`
  })

  return { getToken }
}

function clientWith(getToken: (refresh: boolean) => Promise<string>, timeoutMs = 2_000) {
  return createApiClient({ baseUrl: BASE_URL, timeoutMs, getToken })
}

/** Accepts only `Bearer <token>`, answering 401 otherwise; records the headers it saw. */
function acceptOnly(token: string, seen: string[] = []) {
  return http.get(`${BASE_URL}/v1/me`, ({ request }) => {
    const authorization = request.headers.get('Authorization') ?? ''
    seen.push(authorization)
    if (authorization !== `Bearer ${token}`) {
      return HttpResponse.json({ code: 'TOKEN_EXPIRED', message: '登录已过期' }, { status: 401 })
    }
    return HttpResponse.json(ME)
  })
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => expect.fail('expected a rejection'), (error: unknown) => error)
}

describe('createApiClient auth', () => {
  it('should send the bearer token and ask the host once when making two requests', async () => {
    const host = fakeHost()
    const seen: string[] = []
    server.use(acceptOnly('token-0', seen))
    const client = clientWith(host.getToken)

    await client.getMe()
    await client.getMe()

    expect(seen).toEqual(['Bearer token-0', 'Bearer token-0'])
    expect(host.getToken.mock.calls).toEqual([[false]])
  })

  it('should refresh exactly once when three parallel requests get 401', async () => {
    const host = fakeHost()
    const seen: string[] = []
    server.use(acceptOnly('token-1', seen))
    const client = clientWith(host.getToken)

    const answers = await Promise.all([client.getMe(), client.getMe(), client.getMe()])

    expect(answers).toEqual([ME, ME, ME])
    expect(host.getToken.mock.calls).toEqual([[false], [true]])
    expect(seen.filter(header => header === 'Bearer token-0')).toHaveLength(3)
    expect(seen.filter(header => header === 'Bearer token-1')).toHaveLength(3)
  })

  it('should reuse the new token when a 401 arrives after the refresh finished', async () => {
    const host = fakeHost()
    let calls = 0
    server.use(http.get(`${BASE_URL}/v1/me`, async ({ request }) => {
      calls += 1
      // The second request's 401 comes back long after the first one's refresh.
      if (calls === 2) await delay(100)
      if (request.headers.get('Authorization') !== 'Bearer token-1') {
        return HttpResponse.json({ code: 'TOKEN_EXPIRED', message: '' }, { status: 401 })
      }
      return HttpResponse.json(ME)
    }))
    const client = clientWith(host.getToken)

    await Promise.all([client.getMe(), client.getMe()])

    expect(host.getToken.mock.calls).toEqual([[false], [true]])
  })

  it('should reject with TOKEN_EXPIRED when the retry gets 401 too', async () => {
    const host = fakeHost()
    const seen: string[] = []
    server.use(acceptOnly('never-valid', seen))

    const error = await rejection(clientWith(host.getToken).getMe())

    expect(isApiError(error)).toBe(true)
    expect(error).toMatchObject({ kind: 'http', status: 401, code: 'TOKEN_EXPIRED' })
    expect(seen).toHaveLength(2)
    expect(host.getToken).toHaveBeenCalledTimes(2)
  })

  it('should keep the token out of the error when a request is refused', async () => {
    server.use(acceptOnly('never-valid'))

    const error = await rejection(clientWith(fakeHost().getToken).getMe())

    expect(inspect(error, { depth: 10 })).not.toMatch(/token-\d/)
  })

  it('should reject with the bridge error untouched when the refresh fails', async () => {
    const bridgeError = Object.assign(new Error('host refused'), { code: 'DENIED' })
    const getToken = vi.fn(async (refresh: boolean) => {
      if (refresh) throw bridgeError
      return 'token-0'
    })
    server.use(acceptOnly('token-1'))

    const error = await rejection(clientWith(getToken).getMe())

    expect(error).toBe(bridgeError)
  })

  it('should ask the host again when the first token request failed', async () => {
    const getToken = vi.fn()
      .mockRejectedValueOnce(new Error('bridge not ready'))
      .mockResolvedValue('token-0')
    server.use(acceptOnly('token-0'))
    const client = clientWith(getToken)

    await expect(client.getMe()).rejects.toThrow('bridge not ready')
    await expect(client.getMe()).resolves.toEqual(ME)
  })
})

describe('createApiClient failures', () => {
  it('should reject with kind timeout when the backend answers too late', async () => {
    server.use(http.get(`${BASE_URL}/v1/me`, async () => {
      await delay(300)
      return HttpResponse.json(ME)
    }))

    const error = await rejection(clientWith(fakeHost().getToken, 50).getMe())

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'timeout', message: '服务器响应超时，请稍后重试' })
  })

  it('should reject with kind network when the connection fails', async () => {
    server.use(http.get(`${BASE_URL}/v1/me`, () => HttpResponse.error()))

    const error = await rejection(clientWith(fakeHost().getToken).getMe())

    expect(error).toMatchObject({ kind: 'network', status: undefined })
  })

  it('should reject with BAD_RESPONSE when a 200 is not the expected JSON', async () => {
    server.use(http.get(`${BASE_URL}/v1/me`, () => HttpResponse.html('<!doctype html>')))

    const error = await rejection(clientWith(fakeHost().getToken).getMe())

    expect(error).toMatchObject({ kind: 'http', code: 'BAD_RESPONSE' })
  })

  it('should carry the backend code and a Chinese message when the backend refuses', async () => {
    server.use(http.get(`${BASE_URL}/v1/filing`, () => HttpResponse.json(
      { code: 'NOT_A_MEMBER', message: '您不是该企业的成员' },
      { status: 403 },
    )))

    const error = await rejection(clientWith(fakeHost().getToken).getFiling())

    expect(error).toMatchObject({ kind: 'http', status: 403, code: 'NOT_A_MEMBER' })
    expect((error as ApiError).message).toMatch(/加入企业/)
  })
})

describe('createApiClient getFiling', () => {
  it('should resolve null when the backend answers 404 NOT_FOUND', async () => {
    server.use(http.get(`${BASE_URL}/v1/filing`, () => HttpResponse.json(
      { code: 'NOT_FOUND', message: '该企业尚未填报' },
      { status: 404 },
    )))

    await expect(clientWith(fakeHost().getToken).getFiling()).resolves.toBeNull()
  })

  it('should reject when a 404 is not the backend saying NOT_FOUND', async () => {
    server.use(http.get(`${BASE_URL}/v1/filing`, () => new HttpResponse('Not Found', {
      status: 404,
    })))

    const error = await rejection(clientWith(fakeHost().getToken).getFiling())

    expect(error).toMatchObject({ kind: 'http', status: 404 })
  })
})

describe('createApiClient putFiling', () => {
  function capturePut(answer: () => Response = () => HttpResponse.json(PUT_OK)) {
    const requests: Request[] = []
    server.use(http.put(`${BASE_URL}/v1/filing`, ({ request }) => {
      requests.push(request)
      return answer()
    }))

    return requests
  }

  it('should send a quoted If-Match and the idempotency key when updating', async () => {
    const requests = capturePut()
    const filing = emptyFiling('91440106MA59TENT4N')

    const answer = await clientWith(fakeHost().getToken)
      .putFiling(filing, { idempotencyKey: 'key-1', revision: 3 })

    expect(answer).toEqual(PUT_OK)
    expect(requests[0]?.headers.get('If-Match')).toBe('"3"')
    expect(requests[0]?.headers.get('Idempotency-Key')).toBe('key-1')
    expect(await requests[0]?.json()).toEqual(filing)
  })

  it('should send no If-Match when filing for the first time', async () => {
    const requests = capturePut()

    await clientWith(fakeHost().getToken)
      .putFiling(emptyFiling(), { idempotencyKey: 'key-2', revision: null })

    expect(requests[0]?.headers.has('If-Match')).toBe(false)
  })

  it('should expose current when the backend answers 409', async () => {
    const current = { revision: 5, submittedAt: '2026-12-03T10:00:00+08:00', submittedBy: '李娜' }
    capturePut(() => HttpResponse.json(
      { code: 'REVISION_CONFLICT', message: '', current },
      { status: 409 },
    ))

    const error = await rejection(clientWith(fakeHost().getToken)
      .putFiling(emptyFiling(), { idempotencyKey: 'key-3', revision: 3 }))

    expect(error).toMatchObject({ status: 409, code: 'REVISION_CONFLICT', current })
  })

  it('should expose field errors when the backend answers 422', async () => {
    const fieldErrors = [{ path: 'enterprise.creditCode', message: '统一社会信用代码校验位错误' }]
    capturePut(() => HttpResponse.json(
      { code: 'VALIDATION_FAILED', message: '', fieldErrors },
      { status: 422 },
    ))

    const error = await rejection(clientWith(fakeHost().getToken)
      .putFiling(emptyFiling(), { idempotencyKey: 'key-4', revision: null }))

    expect(error).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', fieldErrors })
  })

  it('should not retry when a submission fails with 500', async () => {
    const requests = capturePut(() => HttpResponse.json(
      { code: 'INTERNAL_ERROR', message: '服务器繁忙' },
      { status: 500 },
    ))

    const error = await rejection(clientWith(fakeHost().getToken)
      .putFiling(emptyFiling(), { idempotencyKey: 'key-5', revision: null }))

    expect(error).toMatchObject({ kind: 'http', status: 500 })
    expect(requests).toHaveLength(1)
  })
})

describe('newIdempotencyKey', () => {
  it('should return distinct v4 UUIDs when called twice', () => {
    const first = newIdempotencyKey()
    const second = newIdempotencyKey()

    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(second).not.toBe(first)
  })
})
