// @vitest-environment node
// The mock backend's auth and GET endpoints through msw/node, called with plain fetch.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { MeResponse } from '@/api/types'
import { validateFiling } from '@/domain/rules'
import { sampleFiling } from '@mock/backend'
import { issueMockToken } from '@mock/token'

import { call, createTestBackend, NOW, TODAY } from './testBackend'

const backend = createTestBackend()

beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => backend.reset())
afterAll(() => backend.server.close())

describe('mock backend auth', () => {
  it('should answer 401 UNAUTHORIZED when the token is missing or garbage', async () => {
    const missing = await call('/v1/me', { token: null })
    const garbage = await call('/v1/me', { token: 'not-a-token' })

    expect(missing).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED' } })
    expect(garbage).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED' } })
  })

  it('should answer 401 TOKEN_EXPIRED when the token is marked expired', async () => {
    const token = issueMockToken({ userId: 'u-zhang', issuedAt: NOW, expired: true })

    const answer = await call('/v1/me', { token })

    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ code: 'TOKEN_EXPIRED', message: expect.any(String) })
  })

  it('should answer 401 TOKEN_EXPIRED when a short-lived token is older than 20 s', async () => {
    backend.setScenario({ tokenLifetime: 'short' })

    backend.setClock(NOW + 19_000)
    const fresh = await call('/v1/me')
    backend.setClock(NOW + 21_000)
    const stale = await call('/v1/me')

    expect(fresh.status).toBe(200)
    expect(stale).toMatchObject({ status: 401, body: { code: 'TOKEN_EXPIRED' } })
  })
})

describe('mock backend GET', () => {
  it('should answer the user, approved membership and enterprise when approved', async () => {
    backend.setScenario({ creditCode: 'known', userId: 'u-li' })
    const token = issueMockToken({ userId: 'u-li', issuedAt: NOW, expired: false })

    const { body } = await call('/v1/me', { token })

    const me = body as MeResponse
    expect(me.user).toEqual({ id: 'u-li', name: '李娜', phone: '13912345678' })
    expect(me.membership.status).toBe('approved')
    expect(me.enterprise).toMatchObject({ id: 'E1', creditCode: '91440106MA59TENT4N' })
  })

  it('should answer a null credit code when the scenario says it is missing', async () => {
    const { body } = await call('/v1/me')

    expect((body as MeResponse).enterprise?.creditCode).toBeNull()
  })

  it('should answer no enterprise and 403 on the filing when membership is pending', async () => {
    backend.setScenario({ membership: 'pending' })

    const me = await call('/v1/me')
    const filing = await call('/v1/filing')

    expect(me.body).toMatchObject({ membership: { status: 'pending' }, enterprise: null })
    expect(filing).toMatchObject({ status: 403, body: { code: 'NOT_A_MEMBER' } })
  })

  it('should answer 404 NOT_FOUND when the enterprise never filed', async () => {
    const answer = await call('/v1/filing')

    expect(answer).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } })
  })

  it('should answer the seeded record when a filing exists', async () => {
    const seeded = backend.db.seedExistingFiling()

    const answer = await call('/v1/filing')

    expect(answer.status).toBe(200)
    expect(answer.body).toEqual(seeded)
    expect(seeded).toMatchObject({ revision: 3, submittedBy: '张伟' })
    expect(seeded.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/)
  })

  it('should answer 500 when the scenario fails that request', async () => {
    backend.setScenario({ serverError: 'me' })

    const answer = await call('/v1/me')

    expect(answer).toMatchObject({ status: 500, body: { code: 'INTERNAL_ERROR' } })
  })
})

describe('sampleFiling', () => {
  it('should pass every rule without a warning when checked on its own date', () => {
    expect(validateFiling(sampleFiling(TODAY), TODAY)).toEqual([])
  })

  it('should hold 2 principals, 3 workshops, 4 teams and 6 workers when seeded', () => {
    const { filing } = backend.db.seedExistingFiling()

    expect([filing.principals, filing.workshops, filing.teams, filing.specialWorkers]
      .map(list => list.length)).toEqual([2, 3, 4, 6])
  })
})
