// 证件编号 and 证件有效期 of a 两电一容 worker (spec §3).
import type { Trade } from '../filing'
import { TRADE_LABELS, TRADES } from '../filing'
import { checkDate, daysBetween, todayInChina, toEpochDay, yearsLater } from './dates'
import { checkIdNumber, isIdNumberShaped } from './idNumber'
import { normalizeCode } from './normalize'
import { hinted, invalid, valid } from './result'
import type { CertificateStatus, FieldResult } from './types'

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期',
}

/** Days before the end date from which a certificate counts as 即将到期 (inclusive). */
export const EXPIRING_WITHIN_DAYS = 60
/** Special-operations certificates of electricians and welders run 6 years, vessels 4. */
export const CERTIFICATE_YEARS: Record<Trade, number> = {
  electrician: 6,
  welder: 6,
  pressure_vessel_operator: 4,
}
/** How far a period may be from the usual span before we hint; covers 6y vs 6y-1d, leap days. */
const SPAN_TOLERANCE_DAYS = 31
const CERTIFICATE_NO = /^[0-9A-Z-]{6,30}$/
/** Dash look-alikes that IMEs produce for `-`. */
const DASHES = /[\u2010-\u2015\u2212]/g
/** Lately certificates are the ID number with a `T` (特种作业) in front. */
const CERTIFICATE_PREFIX = 'T'

/** Normalise and check a 证件编号; ID-shaped numbers must pass GB 11643, others only hint. */
export function checkCertificateNo(raw: string, today: string = todayInChina()): FieldResult {
  const value = normalizeCode(raw).replace(DASHES, '-')
  if (!value) return invalid('', '请填写证件编号')
  if (!CERTIFICATE_NO.test(value)) {
    return invalid(value, '证件编号应为6-30位数字、大写字母或“-”，请核对')
  }

  const idNumber = certificateIdNumber(value)
  if (!idNumber) return hinted(value, '证件编号通常为持证人身份证号（可带前缀T），请核对')

  const error = checkIdNumber(idNumber, today)

  return error ? invalid(value, `证件编号中的${error}`) : valid(value)
}

/** The ID number inside a certificate number (with or without the `T`), or null. */
export function certificateIdNumber(certificateNo: string): string | null {
  const idNumber = certificateNo.startsWith(CERTIFICATE_PREFIX)
    ? certificateNo.slice(CERTIFICATE_PREFIX.length)
    : certificateNo

  return isIdNumberShaped(idNumber) ? idNumber : null
}

/** 已过期 before today, 即将到期 within 60 days, else 有效; RangeError unless both are dates. */
export function certificateStatus(validUntil: string, today: string): CertificateStatus {
  return statusFromDaysLeft(daysBetween(today, validUntil))
}

function statusFromDaysLeft(daysLeft: number): CertificateStatus {
  if (daysLeft < 0) return 'expired'
  if (daysLeft <= EXPIRING_WITHIN_DAYS) return 'expiring'

  return 'valid'
}

/** Validity input of one worker; `trade` may still be unpicked in the form. */
export interface ValidityInput {
  trade: Trade | ''
  validFrom: string
  validUntil: string
}

export interface ValidityResult {
  validFrom: FieldResult
  /** Carries the expiry warnings; the span hint goes on `validFrom` so both can show. */
  validUntil: FieldResult
  status: CertificateStatus | null
}

/** Check both dates of a 证件有效期 and derive its status relative to `today`. */
export function checkValidity(input: ValidityInput, today: string): ValidityResult {
  const from = checkDate(input.validFrom, '有效期起始日期')
  const until = checkDate(input.validUntil, '有效期截止日期')
  if (from.error || until.error) return { validFrom: from, validUntil: until, status: null }

  if (until.value <= from.value) {
    return {
      validFrom: from,
      validUntil: invalid(until.value, '有效期截止日期须晚于有效期开始日期'),
      status: null,
    }
  }

  const daysLeft = daysBetween(today, until.value)
  const status = statusFromDaysLeft(daysLeft)

  return {
    validFrom: hinted(from.value, spanHint(input.trade, from.value, until.value)),
    validUntil: hinted(until.value, statusWarning(status, daysLeft)),
    status,
  }
}

function statusWarning(status: CertificateStatus, daysLeft: number): string | undefined {
  if (status === 'expired') return '证件已过期'
  if (status === 'expiring') return `证件即将到期（还剩${daysLeft}天）`

  return undefined
}

function spanHint(trade: Trade | '', validFrom: string, validUntil: string): string | undefined {
  if (!isTrade(trade)) return undefined

  const years = CERTIFICATE_YEARS[trade]
  const offUsualEnd = (toEpochDay(validUntil) ?? NaN) - yearsLater(validFrom, years)
  if (Math.abs(offUsualEnd) <= SPAN_TOLERANCE_DAYS) return undefined

  return `${TRADE_LABELS[trade]}证有效期通常为${years}年，请核对起止日期`
}

/** 工种类型 must be one of the three trades. */
export function checkTrade(raw: string): FieldResult {
  return isTrade(raw) ? valid(raw) : invalid('', '请选择工种类型')
}

function isTrade(raw: string): raw is Trade {
  return (TRADES as readonly string[]).includes(raw)
}
