// @vitest-environment node
// PUT /v1/filing of the mock backend: revisions, idempotency, server-side checks, faults.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { FilingRecord } from '@/api/types'
import { sampleFiling } from '@mock/backend'

import { call, createTestBackend, NOW, putFiling, TODAY } from './testBackend'

const backend = createTestBackend()

beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => backend.reset())
afterAll(() => backend.server.close())

describe('mock backend PUT /v1/filing', () => {
  it('should store revision 1 by the signed-in user when filing for the first time', async () => {
    const answer = await putFiling(sampleFiling(TODAY), { key: 'k-first' })

    expect(answer).toEqual({
      status: 200,
      body: { revision: 1, submittedAt: '2026-12-03T18:30:00+08:00' },
    })
    expect(backend.db.getFiling('E1')).toMatchObject({ revision: 1, submittedBy: '张伟' })
  })

  it('should store the normalised filing when values come with full-width characters', async () => {
    const filing = sampleFiling(TODAY)
    filing.enterprise.creditCode = ' ９１４４０１０６ＭＡ５９ＴＥＮＴ４Ｎ '

    await putFiling(filing, { key: 'k-normalise' })

    const stored = (await call('/v1/filing')).body as FilingRecord
    expect(stored.filing.enterprise.creditCode).toBe('91440106MA59TENT4N')
  })

  it('should answer 409 with the current revision when If-Match is stale', async () => {
    backend.db.seedExistingFiling()

    const answer = await putFiling(sampleFiling(TODAY), { key: 'k-stale', ifMatch: '"2"' })

    expect(answer.status).toBe(409)
    expect(answer.body).toMatchObject({
      code: 'REVISION_CONFLICT',
      current: { revision: 3, submittedBy: '张伟' },
    })
    expect(backend.db.getFiling('E1')?.revision).toBe(3)
  })

  it('should answer 409 when a filing exists and If-Match is missing', async () => {
    backend.db.seedExistingFiling()

    const answer = await putFiling(sampleFiling(TODAY), { key: 'k-no-if-match' })

    expect(answer).toMatchObject({ status: 409, body: { code: 'REVISION_CONFLICT' } })
  })

  it('should answer 409 when no filing exists and If-Match names a revision', async () => {
    const answer = await putFiling(sampleFiling(TODAY), { key: 'k-ghost', ifMatch: '"1"' })

    expect(answer).toMatchObject({ status: 409, body: { code: 'REVISION_CONFLICT' } })
  })

  it('should store the next revision when If-Match names the current one', async () => {
    backend.db.seedExistingFiling()

    const answer = await putFiling(sampleFiling(TODAY), { key: 'k-update', ifMatch: '"3"' })

    expect(answer).toMatchObject({ status: 200, body: { revision: 4 } })
  })

  it('should answer 400 when the Idempotency-Key is missing', async () => {
    const answer = await putFiling(sampleFiling(TODAY))

    expect(answer).toMatchObject({ status: 400, body: { code: 'IDEMPOTENCY_KEY_REQUIRED' } })
  })
})

describe('mock backend idempotency', () => {
  it('should replay the first answer and store one revision when a key is sent twice', async () => {
    const filing = sampleFiling(TODAY)

    const first = await putFiling(filing, { key: 'k-twice' })
    backend.setClock(NOW + 5_000)
    const second = await putFiling(filing, { key: 'k-twice' })

    expect(second).toEqual(first)
    expect(backend.db.getFiling('E1')?.revision).toBe(1)
    expect(backend.log.entries.filter(entry => entry.method === 'PUT')).toHaveLength(2)
  })

  it('should answer 422 when a used key comes with a different body', async () => {
    const filing = sampleFiling(TODAY)
    await putFiling(filing, { key: 'k-reused' })

    filing.principals[0]!.position = '执行董事'
    const answer = await putFiling(filing, { key: 'k-reused', ifMatch: '"1"' })

    expect(answer).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } })
  })

  it('should store, then answer a retry at once when the fault is timeoutAfterStore', async () => {
    backend.setScenario({ submitFault: 'timeoutAfterStore' })
    const filing = sampleFiling(TODAY)

    const timedOut = putFiling(filing, { key: 'k-slow', signal: AbortSignal.timeout(100) })
    await expect(timedOut).rejects.toThrow()
    const retry = await putFiling(filing, { key: 'k-slow' })

    expect(retry).toMatchObject({ status: 200, body: { revision: 1 } })
    expect(backend.db.getFiling('E1')?.revision).toBe(1)
  })
})

describe('mock backend server-side checks', () => {
  it('should answer 422 with the field path when the credit code is wrong', async () => {
    const filing = sampleFiling(TODAY)
    filing.enterprise.creditCode = '91440300568520498B'

    const answer = await putFiling(filing, { key: 'k-bad-code' })

    expect(answer.status).toBe(422)
    expect(answer.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ path: 'enterprise.creditCode', message: expect.any(String) }],
    })
    expect(backend.db.getFiling('E1')).toBeNull()
  })

  it('should answer 422 with paths when lists or trades are malformed', async () => {
    const filing: Record<string, unknown> = { ...sampleFiling(TODAY) }
    delete filing.teams
    const workers = filing.specialWorkers as Record<string, unknown>[]
    workers[1]!.trade = 'plumber'

    const answer = await putFiling(filing, { key: 'k-shape' })

    expect(answer.status).toBe(422)
    expect(answer.body).toMatchObject({
      fieldErrors: [
        { path: 'teams', message: expect.any(String) },
        { path: 'specialWorkers[1].trade', message: expect.any(String) },
      ],
    })
  })

  it('should answer 403 when the user is not an approved member', async () => {
    backend.setScenario({ membership: 'none' })

    const answer = await putFiling(sampleFiling(TODAY), { key: 'k-outsider' })

    expect(answer).toMatchObject({ status: 403, body: { code: 'NOT_A_MEMBER' } })
  })
})

describe('mock backend faults and log', () => {
  it('should fail once with 500 and then succeed when the scenario is submitOnce', async () => {
    backend.setScenario({ serverError: 'submitOnce' })
    const filing = sampleFiling(TODAY)

    const first = await putFiling(filing, { key: 'k-once' })
    const second = await putFiling(filing, { key: 'k-once' })

    expect(first.status).toBe(500)
    expect(second).toMatchObject({ status: 200, body: { revision: 1 } })
    expect(backend.scenario().serverError).toBe('none')
  })

  it('should log the headers that matter but never the token when a PUT arrives', async () => {
    await putFiling(sampleFiling(TODAY), { key: 'k-log', ifMatch: '"7"' })

    expect(backend.log.entries).toEqual([expect.objectContaining({
      method: 'PUT',
      path: '/v1/filing',
      hasAuthorization: true,
      ifMatch: '"7"',
      idempotencyKey: 'k-log',
      body: sampleFiling(TODAY),
    })])
    expect(JSON.stringify(backend.log.entries)).not.toContain('mock-token')
  })
})
