// 联系方式 (spec §3): a mainland mobile or a landline with its area code.
//
// Canonical forms, shown back in the field and sent to the backend:
//   mobile    13812345678            (11 digits, +86/86 dropped)
//   landline  020-83345678           (area code, hyphen, local number)
//             0755-2345678
//   extension 020-83345678-8001      (always joined with a hyphen, whatever was typed)
import { toHalfWidth } from './normalize'
import { invalid, valid } from './result'
import type { FieldResult } from './types'

/**
 * Any 1[3-9] + 9 digits. No segment list on purpose: the old "strict" lists refuse
 * 190, 192, 193 and 195-197, which are real mobile numbers.
 */
const MOBILE = /^1[3-9]\d{9}$/
const MOBILE_WITH_COUNTRY = /^(?:\+?86|0086)(1\d{10})$/
/** 010 and 02x are 3-digit area codes with 8-digit local numbers; the rest 0[3-9]xx, 7-8. */
const LANDLINE_SHORT_AREA = /^(010|02\d)([2-9]\d{7})$/
const LANDLINE_LONG_AREA = /^(0[3-9]\d\d)([2-9]\d{6,7})$/
/** 转 (spoken "transfer to"), # and "ext" all introduce an extension. */
const EXTENSION_MARK = /^(.*?)(?:转|#|ext\.?|分机)(\d{1,6})$/i
const EXTENSION = /^\d{1,6}$/
const HELP = '请填写11位手机号，或带区号的固定电话（如020-83345678）'

/** Normalise and check a 联系方式; see the canonical forms at the top of this file. */
export function checkPhone(raw: string): FieldResult {
  const text = toHalfWidth(raw).replace(/[\s()]/g, '')
  if (!text) return invalid('', '请填写联系方式')

  const digits = text.replace(/-/g, '')
  const mobile = MOBILE_WITH_COUNTRY.exec(digits)?.[1] ?? digits
  if (MOBILE.test(mobile)) return valid(mobile)
  if (/^1\d{10}$/.test(mobile)) return invalid(text, '手机号应以13-19开头，请核对')

  const landline = parseLandline(text)
  if (landline) return valid(landline)
  if (/^[2-9]\d{6,7}$/.test(digits)) return invalid(text, '固定电话请加区号，如020-83345678')

  return invalid(text, HELP)
}

/** Canonical landline, or null. `text` has no spaces; hyphens may separate any part. */
function parseLandline(text: string): string | null {
  const marked = EXTENSION_MARK.exec(text)
  if (marked) return withExtension(formatLandline((marked[1] ?? '').replace(/-/g, '')), marked[2])

  const whole = formatLandline(text.replace(/-/g, ''))
  if (whole) return whole

  // "020-83345678-8001": the last hyphen group is an extension when the rest is a number.
  const lastHyphen = text.lastIndexOf('-')
  const extension = text.slice(lastHyphen + 1)
  if (lastHyphen < 0 || !EXTENSION.test(extension)) return null

  return withExtension(formatLandline(text.slice(0, lastHyphen).replace(/-/g, '')), extension)
}

function formatLandline(digits: string): string | null {
  const match = LANDLINE_SHORT_AREA.exec(digits) ?? LANDLINE_LONG_AREA.exec(digits)

  return match ? `${match[1]}-${match[2]}` : null
}

function withExtension(landline: string | null, extension: string | undefined): string | null {
  return landline && extension ? `${landline}-${extension}` : null
}
