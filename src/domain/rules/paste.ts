// Pasting with surrounding text: filers copy whole WeChat messages such as
// `统一社会信用代码：91440300568520498A。` or `电话 138-0013-8000（微信同号）` into a field.
// When the message holds exactly one value of the field's kind, that value is what they meant.
import { checkCertificateNo } from './certificate'
import { checkCreditCode } from './creditCode'
import { isCalendarDate } from './dates'
import { toHalfWidth } from './normalize'
import { checkPhone } from './phone'
import type { FieldResult } from './types'

export type PasteKind = 'creditCode' | 'phone' | 'certificateNo'

/** Dash look-alikes that IMEs and chat apps produce for `-`. */
const DASHES = /[\u2010-\u2015\u2212]/g
/** Runs of code characters; anything else (Chinese, punctuation, spaces) separates values. */
const CODE_RUN = /[0-9A-Z-]+/gi
/** Digits with the separators people put in phone numbers, and an optional extension. */
const PHONE_RUN = /[+(]?\d[\d ()-]*\d(?:\s*(?:转|#|分机|ext\.?)\s*\d{1,6})?/gi
const PHONE_EXTENSION = /(?:转|#|分机|ext\.?)\s*\d{1,6}$/i
const MOBILE_DIGITS = /^(?:0086|86)?1\d{10}$/
/** Area code (3-4 digits with the leading 0) and a 7-8 digit local number. */
const LANDLINE_DIGITS = /^0\d{9,11}$/
/** GB 32100: 18 characters, positions 3-8 the division code in digits. */
const CREDIT_CODE_SHAPE = /^[0-9A-Z]{2}\d{6}[0-9A-Z]{10}$/
const CERTIFICATE_SHAPE = /^[0-9A-Z-]{6,30}$/
const DASHED_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/

interface PasteRule {
  /** Possible values in the half-width text, before the shape test. */
  tokens: (text: string) => string[]
  /** Whether a token looks like a value of this kind (right or wrong). */
  isShaped: (token: string) => boolean
  check: (token: string) => FieldResult
}

const RULES: Record<PasteKind, PasteRule> = {
  creditCode: {
    tokens: text => codeRuns(text).map(run => run.replace(/-/g, '')),
    isShaped: token => CREDIT_CODE_SHAPE.test(token),
    check: checkCreditCode,
  },
  phone: {
    tokens: text => text.match(PHONE_RUN) ?? [],
    isShaped: isPhoneShaped,
    check: checkPhone,
  },
  certificateNo: {
    tokens: codeRuns,
    isShaped: token => CERTIFICATE_SHAPE.test(token) && /\d/.test(token)
      && !isDateShaped(token) && !isPhoneShaped(token),
    check: raw => checkCertificateNo(raw),
  },
}

/**
 * The one value of `kind` in a pasted text, normalised like the field does; null when there is
 * none or more than one, so the paste goes through as it is. A value that is shaped right but
 * fails its check is still returned, for the field to show why.
 */
export function extractFromPaste(kind: PasteKind, text: string): string | null {
  const rule = RULES[kind]
  const halfWidth = toHalfWidth(text).replace(DASHES, '-')
  const found = distinctValues(rule.tokens(halfWidth).filter(rule.isShaped).map(rule.check))
  if (found.length === 1) return found[0]!.value

  // Several look right (an ID number beside a credit code, say): only one passing its check wins.
  const passing = found.filter(result => !result.error)

  return passing.length === 1 ? passing[0]!.value : null
}

function codeRuns(text: string): string[] {
  return (text.match(CODE_RUN) ?? [])
    .map(run => run.replace(/^-+|-+$/g, '').toUpperCase())
    .filter(Boolean)
}

function isPhoneShaped(token: string): boolean {
  const digits = token.replace(PHONE_EXTENSION, '').replace(/\D/g, '')

  return MOBILE_DIGITS.test(digits) || LANDLINE_DIGITS.test(digits)
}

function isDateShaped(token: string): boolean {
  if (DASHED_DATE.test(token)) return true

  return /^\d{8}$/.test(token)
    && isCalendarDate(`${token.slice(0, 4)}-${token.slice(4, 6)}-${token.slice(6)}`)
}

/** One result per normalised value: `138-0013-8000` and `13800138000` are the same phone. */
function distinctValues(results: FieldResult[]): FieldResult[] {
  const byValue = new Map(results.map(result => [result.value, result]))

  return [...byValue.values()]
}
