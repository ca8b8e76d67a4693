// 职务, 车间名称, 班组名称, 发证单位 (spec §3): required free text, 1-50 characters.
import { codePointLength, collapseSpaces, toHalfWidthAlnum } from './normalize'
import { invalid, valid } from './result'
import type { FieldResult } from './types'

export const TEXT_MAX_LENGTH = 50

/** Normalise (trim, half-width letters/digits/spaces, one space per run) and require text. */
export function checkRequiredText(raw: string, label: string, max = TEXT_MAX_LENGTH): FieldResult {
  const text = collapseSpaces(toHalfWidthAlnum(raw))
  if (!text) return invalid('', `请填写${label}`)

  const length = codePointLength(text)
  if (length > max) return invalid(text, `${label}最多${max}个字，当前${length}个`)

  return valid(text)
}
