// MSW handlers playing the backend of spec §5, driven by the QA scenario.
import { delay, http, HttpResponse } from 'msw'

import type { FilingRecord, MeResponse, PutFilingResponse } from '@/api/types'
import type { Filing } from '@/domain/filing'
import { todayInChina } from '@/domain/rules'

import { MOCK_USERS, writeScenario } from '../scenario'
import type { MockScenario, MockUserId } from '../scenario'
import { authenticate } from './auth'
import { checkFiling, isJsonObject } from './checkFiling'
import type { MockDb } from './db'
import type { RequestLog } from './log'
import { errorResponse } from './responses'
import { SAMPLE_ENTERPRISE, SAMPLE_ENTERPRISE_ID } from './sampleFiling'
import { toChinaIsoString } from './time'

/** How long `timeoutAfterStore` holds the answer: longer than any client timeout. */
export const TIMEOUT_AFTER_STORE_DELAY_MS = 60_000

export const UNREGISTERED_CERTIFICATE = '该证件编号未在特种作业操作证信息系统中查到，请核对后重新填写'

export interface MockBackendOptions {
  /** Where the backend lives, e.g. `/api` in the browser, `http://localhost/api` in node. */
  baseUrl: string
  db: MockDb
  scenario: () => MockScenario
  /** Persists a scenario change (`submitOnce` consumes itself); defaults to writeScenario. */
  updateScenario?: (patch: Partial<MockScenario>) => void
  now?: () => number
  /** Receives every request, answered or not. */
  log?: RequestLog
}

type Route = 'me' | 'filing' | 'submit'

interface Context {
  request: Request
  body: unknown
  userId: MockUserId
  scenario: MockScenario
}

/** The backend's handlers under `options.baseUrl`. */
export function createHandlers(options: MockBackendOptions) {
  const { db, scenario, log } = options
  const now = options.now ?? Date.now
  const updateScenario = options.updateScenario ?? writeScenario
  const base = options.baseUrl.replace(/\/+$/, '')
  const basePath = new URL(base, globalThis.location?.href ?? 'http://localhost/').pathname

  function endpoint(route: Route, handle: (context: Context) => Promise<Response> | Response) {
    return async ({ request }: { request: Request }) => {
      const current = scenario()
      if (current.network === 'down') return HttpResponse.error()
      const body = await readBody(request)
      log?.record(describe(request, body, basePath, now()))
      if (current.latencyMs > 0) await delay(current.latencyMs)

      const auth = authenticate(request, current, now())
      if (!auth.ok) return errorResponse(401, auth.code)
      if (failsNow(route, current)) return errorResponse(500, 'INTERNAL_ERROR')
      if (route !== 'me' && current.membership !== 'approved') {
        return errorResponse(403, 'NOT_A_MEMBER')
      }

      return handle({ request, body, userId: auth.userId, scenario: current })
    }
  }

  function failsNow(route: Route, current: MockScenario): boolean {
    if (route === 'submit' && current.serverError === 'submitOnce') {
      updateScenario({ serverError: 'none' })
      return true
    }
    return current.serverError === route
  }

  async function putFiling({ request, body, userId, scenario: current }: Context) {
    const key = request.headers.get('Idempotency-Key')?.trim()
    if (!key) return errorResponse(400, 'IDEMPOTENCY_KEY_REQUIRED')
    if (!isJsonObject(body)) return errorResponse(400, 'BAD_REQUEST')

    const bodyJson = JSON.stringify(body)
    const answered = db.getAnswer(key)
    if (answered) {
      const sameRequest = answered.body === bodyJson
        && answered.enterpriseId === SAMPLE_ENTERPRISE_ID
      return sameRequest
        ? HttpResponse.json(answered.response)
        : errorResponse(422, 'IDEMPOTENCY_KEY_REUSED')
    }

    const stored = db.getFiling(SAMPLE_ENTERPRISE_ID)
    const refusal = checkRevision(request.headers.get('If-Match'), stored)
    if (refusal) return refusal

    const check = checkFiling(body, todayInChina(now()))
    if (!check.ok) {
      return errorResponse(422, 'VALIDATION_FAILED', { fieldErrors: check.fieldErrors })
    }
    const unregistered = registryRefusal(check.filing, current, updateScenario)
    if (unregistered) return unregistered

    const response: PutFilingResponse = {
      revision: (stored?.revision ?? 0) + 1,
      submittedAt: toChinaIsoString(now()),
    }
    const submittedBy = MOCK_USERS[userId].name
    db.saveFiling(SAMPLE_ENTERPRISE_ID, { ...response, submittedBy, filing: check.filing })
    // Only successes are remembered: after a 422 the user fixes the data and sends it again.
    db.saveAnswer(key, { enterpriseId: SAMPLE_ENTERPRISE_ID, body: bodyJson, response })

    if (current.submitFault === 'timeoutAfterStore') await delay(TIMEOUT_AFTER_STORE_DELAY_MS)
    return HttpResponse.json(response)
  }

  return [
    http.get(`${base}/v1/me`, endpoint('me', ({ userId, scenario: current }) => {
      return HttpResponse.json(meResponse(userId, current))
    })),
    http.get(`${base}/v1/filing`, endpoint('filing', () => {
      const record = db.getFiling(SAMPLE_ENTERPRISE_ID)
      return record ? HttpResponse.json(record) : errorResponse(404, 'NOT_FOUND')
    })),
    http.put(`${base}/v1/filing`, endpoint('submit', putFiling)),
  ]
}

function meResponse(userId: MockUserId, scenario: MockScenario): MeResponse {
  const status = scenario.membership
  // Pending means a join request awaits approval: no enterprise is the user's yet.
  const enterprise = status === 'approved'
    ? {
        ...SAMPLE_ENTERPRISE,
        creditCode: scenario.creditCode === 'known' ? SAMPLE_ENTERPRISE.creditCode : null,
      }
    : null

  return { user: { id: userId, ...MOCK_USERS[userId] }, membership: { status }, enterprise }
}

/**
 * The real backend looks certificates up in the national special-operations registry, which the
 * app cannot do. Scenario `registry: 'rejectOnce'` refuses the last worker's certificate once.
 */
function registryRefusal(
  filing: Filing,
  scenario: MockScenario,
  updateScenario: (patch: Partial<MockScenario>) => void,
): Response | null {
  const last = filing.specialWorkers.length - 1
  if (scenario.registry !== 'rejectOnce' || last < 0) return null

  updateScenario({ registry: 'accept' })
  return errorResponse(422, 'VALIDATION_FAILED', {
    fieldErrors: [{ path: `specialWorkers[${last}].certificateNo`, message: UNREGISTERED_CERTIFICATE }],
  })
}

/** A 409 (or 400) when If-Match does not name the stored revision, else null. */
function checkRevision(ifMatch: string | null, stored: FilingRecord | null): Response | null {
  if (ifMatch === null) return stored ? conflict(stored) : null

  const match = /^"(\d+)"$/.exec(ifMatch.trim())
  if (!match) return errorResponse(400, 'INVALID_IF_MATCH')
  if (stored && Number(match[1]) === stored.revision) return null

  // No filing although the client names a revision (e.g. QA reset the db): nothing to show.
  return conflict(stored)
}

function conflict(stored: FilingRecord | null): Response {
  if (!stored) return errorResponse(409, 'REVISION_CONFLICT')

  const { revision, submittedAt, submittedBy } = stored
  return errorResponse(409, 'REVISION_CONFLICT', { current: { revision, submittedAt, submittedBy } })
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.clone().text()
  if (!text) return undefined

  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

function describe(request: Request, body: unknown, basePath: string, receivedAt: number) {
  const pathname = new URL(request.url).pathname
  const path = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname

  return {
    method: request.method,
    path,
    hasAuthorization: request.headers.has('Authorization'),
    ifMatch: request.headers.get('If-Match'),
    idempotencyKey: request.headers.get('Idempotency-Key'),
    body,
    receivedAt,
  }
}
