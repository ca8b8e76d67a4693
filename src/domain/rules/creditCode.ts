// 统一社会信用代码, GB 32100-2015. Positions are 1-based in messages, as on a licence.
import { normalizeCode } from './normalize'
import { invalid, hinted } from './result'
import type { FieldResult } from './types'

/** GB 32100 charset: digits and capitals without I, O, Z, S, V; index = value. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

const CREDIT_CODE_LENGTH = 18
/** GB 11714 weights over the 8-character organisation code body (positions 9-16). */
const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
/** Usual first pairs: 9 = 工商 registration; 1 企业, 2 个体工商户, 3 农民专业合作社. */
const USUAL_PREFIXES = new Set(['91', '92', '93'])
/** GB 32100 weights 3^(i-1) mod 31 for positions 1-17. */
const CREDIT_WEIGHTS = Array.from({ length: 17 }, (_, i) => powMod(3, i, 31))

function powMod(base: number, exponent: number, modulus: number): number {
  let result = 1
  for (let i = 0; i < exponent; i += 1) result = (result * base) % modulus

  return result
}

/** GB 11714 value of a body character: digits as is, letters A=10 … Z=35. */
function organizationValue(ch: string): number {
  return Number.parseInt(ch, 36)
}

/** GB 11714 check character (position 17 of a credit code) for an 8-character body. */
export function organizationCodeCheckChar(body: string): string {
  let sum = 0
  for (let i = 0; i < ORGANIZATION_WEIGHTS.length; i += 1) {
    sum += organizationValue(body.charAt(i)) * (ORGANIZATION_WEIGHTS[i] ?? 0)
  }
  const check = 11 - (sum % 11)

  if (check === 10) return 'X'
  if (check === 11) return '0'

  return String(check)
}

/** GB 32100 mod-31 check character (position 18) for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < CREDIT_WEIGHTS.length; i += 1) {
    sum += CREDIT_CODE_CHARSET.indexOf(first17.charAt(i)) * (CREDIT_WEIGHTS[i] ?? 0)
  }

  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31)
}

/** Both check characters (positions 17 and 18) for the first 16 characters of a code. */
export function creditCodeCheckChars(first16: string): string {
  const organizationCheck = organizationCodeCheckChar(first16.slice(8, 16))

  return organizationCheck + creditCodeCheckChar(first16 + organizationCheck)
}

/** Normalise and check a 统一社会信用代码; a first pair other than 91/92/93 only warns. */
export function checkCreditCode(raw: string): FieldResult {
  const code = normalizeCode(raw).replace(/-/g, '')
  const error = creditCodeError(code)

  if (error) return invalid(code, error)

  return hinted(code, USUAL_PREFIXES.has(code.slice(0, 2))
    ? undefined
    : '企业代码通常以91、92或93开头，请核对营业执照')
}

function creditCodeError(code: string): string | undefined {
  if (!code) return '请填写统一社会信用代码'
  if (code.length !== CREDIT_CODE_LENGTH) {
    return `统一社会信用代码应为18位，当前为${code.length}位，请核对`
  }

  for (let i = 0; i < code.length; i += 1) {
    const ch = code.charAt(i)
    if (!CREDIT_CODE_CHARSET.includes(ch)) {
      return `第${i + 1}位“${ch}”不是有效字符（不含I、O、Z、S、V），请核对营业执照`
    }
    // Positions 3-8: administrative division code (GB/T 2260), always digits.
    if (i >= 2 && i < 8 && !/\d/.test(ch)) return `第${i + 1}位应为数字，请核对营业执照`
  }

  if (code.charAt(16) !== organizationCodeCheckChar(code.slice(8, 16))) {
    return '第17位校验码不正确，请核对营业执照'
  }
  if (code.charAt(17) !== creditCodeCheckChar(code.slice(0, 17))) {
    return '第18位校验码不正确，请核对营业执照'
  }

  return undefined
}
