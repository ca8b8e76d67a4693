// One error type for every backend failure, so the stores branch on `kind` and `code`
// instead of on axios internals.
import { isAxiosError } from 'axios'

import type { ErrorBody, FieldError } from './types'

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'offline'

const KIND_MESSAGES: Record<Exclude<ApiErrorKind, 'http'>, string> = {
  offline: '网络未连接，请检查网络后重试',
  timeout: '服务器响应超时，请稍后重试',
  network: '无法连接服务器，请检查网络后重试',
}

/** Backend codes of spec §5, plus BAD_RESPONSE for an answer we cannot read. */
const CODE_MESSAGES: Record<string, string> = {
  TOKEN_EXPIRED: '登录已过期，请重新进入应用',
  UNAUTHORIZED: '登录状态无效，请重新进入应用',
  NOT_A_MEMBER: '您尚未加入企业，或加入申请尚未通过审核',
  NOT_FOUND: '未找到填报记录',
  REVISION_CONFLICT: '填报信息已被他人更新，请查看最新内容后再提交',
  VALIDATION_FAILED: '提交的信息有误，请按提示修改后重试',
  BAD_RESPONSE: '服务器返回的数据无法识别，请稍后重试',
}

export interface ApiErrorInit {
  kind: ApiErrorKind
  status?: number
  code?: string
  fieldErrors?: FieldError[]
  current?: ErrorBody['current']
  /** The server's own message, used when we have none for the code. */
  serverMessage?: string
  cause?: unknown
}

/** A failed backend request; `message` is Chinese and fit to show to the user. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status?: number
  readonly code?: string
  readonly fieldErrors?: FieldError[]
  readonly current?: ErrorBody['current']
  /** What went wrong underneath, for logs (set by hand: the ES2020 lib lacks `Error.cause`). */
  readonly cause?: unknown

  constructor(init: ApiErrorInit) {
    super(userMessage(init))
    this.name = 'ApiError'
    this.cause = init.cause
    this.kind = init.kind
    this.status = init.status
    this.code = init.code
    this.fieldErrors = init.fieldErrors
    this.current = init.current
  }
}

/** Whether `error` is an {@link ApiError}. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

function userMessage(init: ApiErrorInit): string {
  if (init.kind !== 'http') return KIND_MESSAGES[init.kind]
  const known = init.code ? CODE_MESSAGES[init.code] : undefined
  if (known) return known
  if (init.serverMessage) return init.serverMessage
  if (init.status !== undefined && init.status >= 500) return '服务器繁忙，请稍后重试'

  return `请求失败（${init.status ?? '未知错误'}），请稍后重试`
}

/** Turns whatever axios threw into an {@link ApiError}; anything else passes untouched. */
export function toApiError(error: unknown): unknown {
  if (isApiError(error) || !isAxiosError(error)) return error

  // Never keep the axios error itself: its config holds the Authorization header.
  const cause = `${error.code ?? 'AxiosError'}: ${error.message}`
  const response = error.response
  if (!response) return new ApiError({ kind: failureKind(error.code), cause })

  const body = isErrorBody(response.data) ? response.data : undefined
  return new ApiError({
    kind: 'http',
    status: response.status,
    code: body?.code ?? (response.status === 401 ? 'TOKEN_EXPIRED' : undefined),
    fieldErrors: body?.fieldErrors,
    current: body?.current,
    serverMessage: body?.message,
    cause,
  })
}

function failureKind(axiosCode: string | undefined): ApiErrorKind {
  // The client sets clarifyTimeoutError, so ECONNABORTED means an abort, not a timeout.
  if (axiosCode === 'ETIMEDOUT') return 'timeout'
  // navigator.onLine can say true while offline, but a false is trustworthy.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline'

  return 'network'
}

function isErrorBody(data: unknown): data is ErrorBody {
  return typeof data === 'object' && data !== null && typeof (data as ErrorBody).code === 'string'
}
