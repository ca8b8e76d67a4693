// Error answers in the backend's one shape, `{ code, message, fieldErrors? }` (spec §5).
import { HttpResponse } from 'msw'

import type { ErrorBody } from '@/api/types'

const MESSAGES: Record<string, string> = {
  UNAUTHORIZED: '未登录或登录凭证无效',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  NOT_A_MEMBER: '您不是该企业的成员，无法查看或提交填报',
  NOT_FOUND: '该企业尚未填报',
  IDEMPOTENCY_KEY_REQUIRED: '请求缺少 Idempotency-Key',
  IDEMPOTENCY_KEY_REUSED: '同一个 Idempotency-Key 不能用于不同的提交内容',
  INVALID_IF_MATCH: 'If-Match 格式错误，应为带引号的版本号，例如 "3"',
  BAD_REQUEST: '请求内容不是有效的填报数据',
  REVISION_CONFLICT: '填报信息已被他人更新，请刷新后再提交',
  VALIDATION_FAILED: '提交的信息有误，请修改后重试',
  INTERNAL_ERROR: '服务器繁忙，请稍后重试',
}

/** An error answer with the Chinese message of `code`. */
export function errorResponse(
  status: number,
  code: string,
  extra: Pick<ErrorBody, 'fieldErrors' | 'current'> = {},
) {
  const body: ErrorBody = { code, message: MESSAGES[code] ?? '请求失败', ...extra }

  return HttpResponse.json(body, { status })
}
