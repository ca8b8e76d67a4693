// 姓名 (spec §3): 2-30 code points of Chinese, letters, `·` and inner spaces.
//
// Normalisation (shown back in the field):
// - NFC, trim, full-width letters and spaces to half-width, runs of spaces to one space;
// - look-alike separators typed for the middle dot of minority and foreign names
//   (• U+2022, ‧ U+2027, ∙ U+2219, ・ U+30FB, ･ U+FF65) become `·` (U+00B7) anywhere;
// - a `.` or `．` becomes `·` only between two Chinese characters (阿卜杜.热合曼), because
//   there it can only mean the middle dot; elsewhere (J. Smith) it is refused like any
//   other punctuation;
// - spaces around `·` are dropped.
import { codePointLength, collapseSpaces, toHalfWidthAlnum } from './normalize'
import { invalid, valid } from './result'
import type { FieldResult } from './types'

const MIN_LENGTH = 2
const MAX_LENGTH = 30
const MIDDLE_DOT = '·'
const DOT_LOOKALIKES = /[\u2022\u2027\u2219\u30FB\uFF65]/g
const DOT_BETWEEN_HAN = /(\p{Script=Han})\s*[.．]\s*(?=\p{Script=Han})/gu
const SPACES_AROUND_DOT = /\s*·\s*/g
/** Script=Han covers every CJK extension; \p{L} covers Latin and other alphabets. */
const ALLOWED = /^[\p{Script=Han}\p{L}· ]+$/u
const DISALLOWED_CHAR = /[^\p{Script=Han}\p{L}· ]/u
/**
 * Emoji by code point range rather than \p{Extended_Pictographic}, which older WebViews
 * in our build targets (Chrome 64, Safari 12) reject as a regex syntax error.
 */
const EMOJI_PART = /[\u200D\uFE0F\u2600-\u27BF\u{1F000}-\u{1FAFF}]/u

/** Normalise and check a person's 姓名 (see the rules at the top of this file). */
export function checkPersonName(raw: string): FieldResult {
  const name = normalizePersonName(raw)
  const error = personNameError(name)

  return error ? invalid(name, error) : valid(name)
}

/** The normalised form of a 姓名, without checking it. */
export function normalizePersonName(raw: string): string {
  return collapseSpaces(toHalfWidthAlnum(raw.normalize('NFC')))
    .replace(DOT_LOOKALIKES, MIDDLE_DOT)
    .replace(DOT_BETWEEN_HAN, `$1${MIDDLE_DOT}`)
    .replace(SPACES_AROUND_DOT, MIDDLE_DOT)
}

function personNameError(name: string): string | undefined {
  if (!name) return '请填写姓名'
  if (!ALLOWED.test(name)) return disallowedMessage(name)
  if (name.startsWith(MIDDLE_DOT) || name.endsWith(MIDDLE_DOT) || name.includes('··')) {
    return '“·”只能用在姓名中间，请修改'
  }

  const length = codePointLength(name)
  if (length < MIN_LENGTH) return `姓名至少${MIN_LENGTH}个字，请填写全名`
  if (length > MAX_LENGTH) return `姓名最多${MAX_LENGTH}个字，当前${length}个`

  return undefined
}

function disallowedMessage(name: string): string {
  if (/\d/.test(name)) return '姓名不能包含数字，请修改'
  if (EMOJI_PART.test(name)) return '姓名不能包含表情符号，请修改'

  const ch = DISALLOWED_CHAR.exec(name)?.[0] ?? ''

  return `姓名不能包含“${ch}”，只能填写汉字、字母、“·”和空格`
}
