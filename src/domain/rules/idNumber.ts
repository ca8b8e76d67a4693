// 居民身份证号码, GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence,
// 1 check character (ISO 7064 MOD 11-2).
import { isCalendarDate, todayInChina } from './dates'

/** GB 11643 weights 2^(18-i) mod 11 for positions 1-17. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
/** Check character indexed by the weighted sum mod 11. */
const ID_CHECK_CHARS = '10X98765432'
const ID_SHAPE = /^\d{17}[\dX]$/
/**
 * Not 1900: the worked example in GB 11643 itself (440524188001010014) is born in 1880, and
 * the spec lists it as valid. The floor only catches typos such as 0980 for 1980.
 */
const MIN_BIRTH_YEAR = 1800

/** GB 11643 check character for the first 17 digits of an ID number. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < ID_WEIGHTS.length; i += 1) {
    sum += Number(first17.charAt(i)) * (ID_WEIGHTS[i] ?? 0)
  }

  return ID_CHECK_CHARS.charAt(sum % 11)
}

/** True for 17 digits followed by a digit or X, the shape of an 18-digit ID number. */
export function isIdNumberShaped(code: string): boolean {
  return ID_SHAPE.test(code)
}

/** Null when an 18-character ID number is right (birth date, check character), else why not. */
export function checkIdNumber(code: string, today: string = todayInChina()): string | null {
  const id = code.toUpperCase()
  if (!ID_SHAPE.test(id)) return '身份证号应为18位：17位数字加1位数字或X'

  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  const isBirthPlausible = isCalendarDate(birth)
    && Number(id.slice(6, 10)) >= MIN_BIRTH_YEAR
    && birth <= today
  if (!isBirthPlausible) return '身份证号第7-14位出生日期不正确，请核对'

  if (id.charAt(17) !== idNumberCheckChar(id.slice(0, 17))) {
    return '身份证号第18位校验码不正确，请核对'
  }

  return null
}
