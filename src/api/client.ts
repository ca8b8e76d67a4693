// The backend client (spec §5): small typed endpoints over one axios instance. It attaches the
// token and renews it once on 401; what a failure means for the user is the stores' business.
import axios, { isAxiosError } from 'axios'
import type { AxiosInstance, AxiosRequestConfig } from 'axios'

import type { Filing } from '@/domain/filing'

import { ApiError, toApiError } from './errors'
import { withRetry } from './retry'
import type { FilingRecord, MeResponse, PutFilingResponse } from './types'

export interface ApiClientOptions {
  /** Absolute, or relative to the page (e.g. `/api`). */
  baseUrl: string
  /** Timeout of each request; the retry after a 401 gets its own. */
  timeoutMs: number
  /** Waits between tries of a read that failed on the network or with a 5xx; none by default. */
  readRetryDelaysMs?: readonly number[]
  /** The host's token; `refresh` asks for a new one after a 401. May reject (bridge error). */
  getToken: (refresh: boolean) => Promise<string>
}

export interface PutFilingOptions {
  /** The same key for every retry of one submission. */
  idempotencyKey: string
  /** Revision the edit started from; null for a first filing. */
  revision: number | null
}

export interface ApiClient {
  getMe: () => Promise<MeResponse>
  /** The last submitted filing, or null when the enterprise never filed. */
  getFiling: () => Promise<FilingRecord | null>
  putFiling: (filing: Filing, options: PutFilingOptions) => Promise<PutFilingResponse>
}

/** Creates a backend client with its own axios instance and in-memory token. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const http = axios.create({
    baseURL: options.baseUrl,
    timeout: options.timeoutMs,
    headers: { Accept: 'application/json' },
    // Without it axios reports timeouts as ECONNABORTED, the same code as an abort.
    transitional: { clarifyTimeoutError: true },
    // XHR in the browser: axios's fetch adapter times out through AbortController, which
    // Chrome 64 and iOS 12 WebViews lack. (`http` serves the tests in Node.)
    adapter: ['xhr', 'http'],
  })
  const send = createAuthorizedSender(http, createTokenCache(options.getToken))
  const read = <T>(url: string) => withRetry(
    () => send<T>({ method: 'GET', url }),
    options.readRetryDelaysMs ?? [],
  )

  return {
    async getMe() {
      const data = await read<MeResponse>('/v1/me')
      return expectObject(data, ['user', 'membership'])
    },

    async getFiling() {
      try {
        const data = await read<FilingRecord>('/v1/filing')
        return expectObject(data, ['revision', 'filing'])
      } catch (error) {
        if (error instanceof ApiError && error.status === 404 && error.code === 'NOT_FOUND') {
          return null
        }
        throw error
      }
    },

    async putFiling(filing, { idempotencyKey, revision }) {
      const headers: Record<string, string> = { 'Idempotency-Key': idempotencyKey }
      if (revision !== null) headers['If-Match'] = `"${revision}"`

      const data = await send<PutFilingResponse>({
        method: 'PUT',
        url: '/v1/filing',
        data: filing,
        headers,
      })
      return expectObject(data, ['revision', 'submittedAt'])
    },
  }
}

interface TokenCache {
  current: () => Promise<string>
  /** A token newer than `stale`: joins a refresh in flight or starts the only one. */
  renew: (stale: string) => Promise<string>
}

function createTokenCache(getToken: ApiClientOptions['getToken']): TokenCache {
  let pending: Promise<string> | null = null
  let refreshing: Promise<string> | null = null
  let latest: string | null = null

  function load(refresh: boolean): Promise<string> {
    const request = getToken(refresh).then(
      (token) => {
        latest = token
        return token
      },
      (error: unknown) => {
        // Forget the failure so the next request asks the host again.
        if (pending === request) pending = null
        throw error
      },
    )
    pending = request

    return request
  }

  return {
    current: () => pending ?? load(false),
    renew(stale) {
      if (refreshing) return refreshing
      // A request that got its 401 after the refresh finished just uses the new token.
      if (pending && latest !== null && latest !== stale) return pending

      refreshing = load(true).finally(() => {
        refreshing = null
      })
      return refreshing
    },
  }
}

function createAuthorizedSender(http: AxiosInstance, tokens: TokenCache) {
  async function attempt<T>(config: AxiosRequestConfig, token: string): Promise<T> {
    const headers = { ...config.headers, Authorization: `Bearer ${token}` }
    const response = await http.request<T>({ ...config, headers })

    return response.data
  }

  return async function send<T>(config: AxiosRequestConfig): Promise<T> {
    const token = await tokens.current()

    try {
      return await attempt<T>(config, token)
    } catch (error) {
      if (!isAxiosError(error) || error.response?.status !== 401) throw toApiError(error)
    }

    // Bridge errors from renew() pass through untouched: the store knows what they mean.
    const fresh = await tokens.renew(token)
    try {
      return await attempt<T>(config, fresh)
    } catch (error) {
      throw toApiError(error)
    }
  }
}

/** Guards against a 200 that is not our JSON, e.g. a static host answering with index.html. */
function expectObject<T>(data: T, keys: string[]): T {
  const isObject = typeof data === 'object' && data !== null
  if (isObject && keys.every(key => key in data)) return data

  throw new ApiError({ kind: 'http', status: 200, code: 'BAD_RESPONSE' })
}
