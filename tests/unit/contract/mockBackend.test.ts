// @vitest-environment node
// Every answer of the mock backend, for each endpoint and error case, conforms to
// docs/openapi.yaml: the mock (and the types both share) cannot drift from the document.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { sampleFiling } from '@mock/backend'
import type { MockScenario } from '@mock/scenario'
import { issueMockToken } from '@mock/token'

import { call, createTestBackend, NOW, putFiling, TODAY } from '../mock/testBackend'
import { contractProblems, schemaNamed } from './openapi'

const backend = createTestBackend()

beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => backend.reset())
afterAll(() => backend.server.close())

type Answer = Awaited<ReturnType<typeof call>>

function expectConforming(method: 'get' | 'put', path: string, answer: Answer, status: number) {
  expect(answer.status).toBe(status)
  expect(contractProblems(method, path, answer.status, answer.body)).toEqual([])
}

const EXPIRED = issueMockToken({ userId: 'u-zhang', issuedAt: NOW, expired: true })
const getMe = () => call('/v1/me')
const getFiling = () => call('/v1/filing')

describe('mock backend against docs/openapi.yaml', () => {
  it.each<[string, Partial<MockScenario>]>([
    ['an approved member whose credit code is known', { creditCode: 'known' }],
    ['an approved member whose credit code is missing', { creditCode: 'missing' }],
    ['a pending join request', { membership: 'pending' }],
    ['no membership', { membership: 'none' }],
  ])('should answer GET /v1/me as documented for %s', async (_, scenario) => {
    backend.setScenario(scenario)

    expectConforming('get', '/v1/me', await getMe(), 200)
  })

  it('should answer 401 as documented without a token and with an expired one', async () => {
    expectConforming('get', '/v1/me', await call('/v1/me', { token: null }), 401)
    expectConforming('get', '/v1/filing', await call('/v1/filing', { token: EXPIRED }), 401)
    expectConforming('put', '/v1/filing', await putFiling(sampleFiling(TODAY), { key: 'k', token: EXPIRED }), 401)
  })

  it('should answer 500 with the documented error body on every endpoint', async () => {
    backend.setScenario({ serverError: 'me' })
    expectConforming('get', '/v1/me', await getMe(), 500)
    backend.setScenario({ serverError: 'filing' })
    expectConforming('get', '/v1/filing', await getFiling(), 500)
    backend.setScenario({ serverError: 'submit' })
    expectConforming('put', '/v1/filing', await putFiling(sampleFiling(TODAY), { key: 'k' }), 500)
  })

  it('should answer GET /v1/filing with 404 before the first filing and 200 after it', async () => {
    expectConforming('get', '/v1/filing', await getFiling(), 404)

    backend.db.seedExistingFiling()
    expectConforming('get', '/v1/filing', await getFiling(), 200)
  })

  it('should answer 403 as documented to a user who is not a member', async () => {
    backend.setScenario({ membership: 'pending' })

    expectConforming('get', '/v1/filing', await getFiling(), 403)
    expectConforming('put', '/v1/filing', await putFiling(sampleFiling(TODAY), { key: 'k' }), 403)
  })

  it('should answer a first filing, its replay and an update with 200 as documented', async () => {
    const filing = sampleFiling(TODAY)

    expectConforming('put', '/v1/filing', await putFiling(filing, { key: 'k-1' }), 200)
    expectConforming('put', '/v1/filing', await putFiling(filing, { key: 'k-1' }), 200)
    expectConforming('put', '/v1/filing', await putFiling(filing, { key: 'k-2', ifMatch: '"1"' }), 200)
    expectConforming('get', '/v1/filing', await getFiling(), 200)
  })

  it('should answer 400 as documented for a missing key, a bad If-Match and a body that is no filing', async () => {
    expectConforming('put', '/v1/filing', await putFiling(sampleFiling(TODAY)), 400)
    expectConforming('put', '/v1/filing', await putFiling(sampleFiling(TODAY), { key: 'k', ifMatch: '3' }), 400)
    expectConforming('put', '/v1/filing', await putFiling([], { key: 'k' }), 400)
  })

  it('should answer 409 as documented, with and without a stored filing', async () => {
    expectConforming('put', '/v1/filing', await putFiling(sampleFiling(TODAY), { key: 'k-a', ifMatch: '"2"' }), 409)

    backend.db.seedExistingFiling()
    const stale = await putFiling(sampleFiling(TODAY), { key: 'k-b', ifMatch: '"1"' })
    expectConforming('put', '/v1/filing', stale, 409)
    expect(stale.body).toMatchObject({ current: { revision: 3, submittedBy: '张伟' } })
    expectConforming('put', '/v1/filing', await putFiling(sampleFiling(TODAY), { key: 'k-c' }), 409)
  })

  it('should answer 422 as documented for refused fields, a malformed filing and a reused key', async () => {
    const wrongCode = sampleFiling(TODAY)
    wrongCode.enterprise.creditCode = '91440300568520498B'
    const refused = await putFiling(wrongCode, { key: 'k-1' })
    expectConforming('put', '/v1/filing', refused, 422)
    expect(refused.body).toMatchObject({ fieldErrors: [{ path: 'enterprise.creditCode' }] })

    expectConforming('put', '/v1/filing', await putFiling({ principals: 'none' }, { key: 'k-2' }), 422)

    await putFiling(sampleFiling(TODAY), { key: 'k-3' })
    expectConforming('put', '/v1/filing', await putFiling(wrongCode, { key: 'k-3' }), 422)
  })

  it('should answer 422 as documented when the registry refuses a certificate', async () => {
    backend.setScenario({ registry: 'rejectOnce' })

    expectConforming('put', '/v1/filing', await putFiling(sampleFiling(TODAY), { key: 'k' }), 422)
  })
})

describe('docs/openapi.yaml', () => {
  it('should accept the sample filing as a request body', () => {
    expect(schemaNamed('Filing')(sampleFiling(TODAY))).toBe(true)
  })

  it('should refuse what the spec refuses: an unknown trade, a timestamp for a date, a stray key', () => {
    const filing = sampleFiling(TODAY)
    const worker = filing.specialWorkers[0]!
    const validate = schemaNamed('Filing')

    expect(validate({ ...filing, specialWorkers: [{ ...worker, trade: 'plumber' }] })).toBe(false)
    expect(validate({ ...filing, specialWorkers: [{ ...worker, validUntil: '2030-01-01T00:00:00Z' }] })).toBe(false)
    expect(validate({ ...filing, remarks: '' })).toBe(false)
  })

  it('should require fieldErrors on VALIDATION_FAILED and an offset on instants', () => {
    const unprocessable = schemaNamed('UnprocessableError')
    expect(unprocessable({ code: 'VALIDATION_FAILED', message: '提交的信息有误' })).toBe(false)
    expect(unprocessable({ code: 'IDEMPOTENCY_KEY_REUSED', message: '不能重复使用' })).toBe(true)

    const put = schemaNamed('PutFilingResponse')
    expect(put({ revision: 1, submittedAt: '2026-12-03T18:30:00+08:00' })).toBe(true)
    expect(put({ revision: 1, submittedAt: '2026-12-03 18:30' })).toBe(false)
  })
})
