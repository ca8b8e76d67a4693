// One submission through whatever the network does (spec §6): it waits while offline, keeps
// its Idempotency-Key for every resend, and after an answer that never came (timeout, dropped
// connection) asks the backend whether the filing landed before anything is sent again.
import type { ApiClient } from '@/api/client'
import { isApiError, type ApiError } from '@/api/errors'
import type { FilingRecord, PutFilingResponse } from '@/api/types'
import { isBridgeError } from '@/bridge/types'
import type { Filing } from '@/domain/filing'
import { normalizeFiling } from '@/domain/rules'
import { waitForOnline } from '@/lib/network'
import { sameData } from '@/lib/sameData'

/** Who submitted the version that beat ours, from a 409. */
export interface ConflictInfo {
  revision: number
  submittedAt: string
  submittedBy: string
}

export type SubmitState
  = | { status: 'idle' }
    | { status: 'submitting' }
    /** Offline: sent as soon as the network is back. */
    | { status: 'waitingForNetwork' }
    /** The answer never came: asking the backend whether the filing landed. */
    | { status: 'checking' }
    /** `uncertain`: it may have landed; a resend reuses the key, so it cannot file twice. */
    | { status: 'error', error: ApiError | Error, uncertain: boolean }
    | { status: 'conflict', current: ConflictInfo | null }
    | { status: 'sessionLost' }
    | { status: 'done', revision: number, submittedAt: string }

export type SubmitOutcome = Extract<
  SubmitState,
  { status: 'error' | 'conflict' | 'sessionLost' | 'done' }
>

export interface SubmitRequest {
  filing: Filing
  idempotencyKey: string
  baseRevision: number | null
}

/** Whether a submission is under way; another tap must not start a second one. */
export function isSubmitBusy(state: SubmitState): boolean {
  return ['submitting', 'waitingForNetwork', 'checking'].includes(state.status)
}

/** Whether the session is gone: the backend refused the token and the host gave no new one. */
export function isSessionLost(error: unknown): boolean {
  return isBridgeError(error) || (isApiError(error) && error.status === 401)
}

function isUncertain(error: unknown): boolean {
  return isApiError(error) && (error.kind === 'timeout' || error.kind === 'network')
}

/** The stored record is ours when it is newer than our base and holds what we sent. */
function landed(latest: FilingRecord | null, request: SubmitRequest): PutFilingResponse | null {
  if (!latest || latest.revision <= (request.baseRevision ?? 0)) return null
  if (!sameData(normalizeFiling(latest.filing), request.filing)) return null

  return { revision: latest.revision, submittedAt: latest.submittedAt }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}

async function afterUncertain(
  api: ApiClient,
  request: SubmitRequest,
  error: unknown,
): Promise<SubmitOutcome> {
  try {
    // The client retries reads itself, with backoff.
    const latest = await api.getFiling()
    const found = landed(latest, request)
    if (found) return { status: 'done', ...found }
  } catch (checkError) {
    if (isSessionLost(checkError)) return { status: 'sessionLost' }
    // Still unknown: the filer sees the first failure with a resend that reuses the key.
  }
  return { status: 'error', error: toError(error), uncertain: true }
}

/** Sends one submission until it has a definite outcome; `onState` sees each step. */
export async function sendFiling(
  api: ApiClient,
  request: SubmitRequest,
  onState: (state: SubmitState) => void,
): Promise<SubmitOutcome> {
  for (;;) {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      onState({ status: 'waitingForNetwork' })
      await waitForOnline()
    }

    onState({ status: 'submitting' })
    try {
      const result = await api.putFiling(request.filing, {
        idempotencyKey: request.idempotencyKey,
        revision: request.baseRevision,
      })
      return { status: 'done', ...result }
    } catch (error) {
      // Went offline mid-request: wait for the network, then resend with the same key.
      if (isApiError(error) && error.kind === 'offline') continue
      if (isSessionLost(error)) return { status: 'sessionLost' }
      if (isApiError(error) && error.code === 'REVISION_CONFLICT') {
        return { status: 'conflict', current: error.current ?? null }
      }
      if (isUncertain(error)) {
        onState({ status: 'checking' })
        return afterUncertain(api, request, error)
      }
      return { status: 'error', error: toError(error), uncertain: false }
    }
  }
}
