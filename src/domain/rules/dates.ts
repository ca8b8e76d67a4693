// Calendar dates as `YYYY-MM-DD` strings end to end (spec §3). Arithmetic goes through
// Date.UTC only, so the machine's time zone can never shift a day.
import { toHalfWidth } from './normalize'
import { invalid, valid } from './result'
import type { FieldResult } from './types'

const DAY_MS = 24 * 60 * 60 * 1000
/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const MIN_YEAR = 1900
const MAX_YEAR = 2199
/** Lenient input: 2026-1-5, 2026/01/05, 2026.1.5, 2026年1月5日. */
const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/
/** `20260131`: quickest to type on a phone's number pad. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/
const ZERO = '0'.charCodeAt(0)
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Days since 1970-01-01 of a real `YYYY-MM-DD` date, or null when it is not one. Hot path of
 * validateFiling (several calls per worker), hence character codes instead of a RegExp.
 */
export function toEpochDay(date: string): number | null {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return null

  const year = readNumber(date, 0, 4)
  const month = readNumber(date, 5, 7)
  const day = readNumber(date, 8, 10)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null

  return Date.UTC(year, month - 1, day) / DAY_MS
}

/** The decimal number in `text[start, end)`, or -1 when any character is not a digit. */
function readNumber(text: string, start: number, end: number): number {
  let value = 0
  for (let i = start; i < end; i += 1) {
    const digit = text.charCodeAt(i) - ZERO
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }

  return value
}

/** Gregorian month length; arithmetic rather than a Date round trip, which is much slower. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? 0

  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

  return isLeap ? 29 : 28
}

function fromEpochDay(day: number): string {
  const date = new Date(day * DAY_MS)

  return [
    String(date.getUTCFullYear()).padStart(4, '0'),
    String(date.getUTCMonth() + 1).padStart(2, '0'),
    String(date.getUTCDate()).padStart(2, '0'),
  ].join('-')
}

/** True when `date` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(date: string): boolean {
  return toEpochDay(date) !== null
}

/** Today's date in China (UTC+8) as `YYYY-MM-DD`, whatever the device's time zone. */
export function todayInChina(now: number = Date.now()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** The calendar date `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  const day = toEpochDay(date)
  if (day === null) throw new RangeError(`addDays: not a YYYY-MM-DD date: ${date}`)

  return fromEpochDay(day + days)
}

/** The same day `years` later; 29 Feb rolls over to 1 Mar like Date.UTC does. */
export function addYears(date: string, years: number): string {
  return fromEpochDay(toEpochDay(date) === null ? NaN : yearsLater(date, years))
}

/** Epoch day of the same day `years` after a valid `YYYY-MM-DD` date. */
export function yearsLater(date: string, years: number): number {
  const year = readNumber(date, 0, 4)
  const month = readNumber(date, 5, 7)
  const day = readNumber(date, 8, 10)

  return Date.UTC(year + years, month - 1, day) / DAY_MS
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  const from = toEpochDay(a)
  const to = toEpochDay(b)
  if (from === null || to === null) {
    throw new RangeError(`daysBetween: not YYYY-MM-DD dates: ${a}, ${b}`)
  }

  return to - from
}

/** Normalise a typed or picked date to `YYYY-MM-DD` and check it is a real calendar date. */
export function checkDate(raw: string, label: string): FieldResult {
  // Fast path: what the date picker gives is already canonical.
  if (toEpochDay(raw) !== null) return checkYear(raw, label)

  const text = toHalfWidth(raw).trim()
  if (!text) return invalid('', `请选择${label}`)

  const match = LOOSE_DATE.exec(text) ?? COMPACT_DATE.exec(text)
  if (!match) return invalid(text, `${label}格式不正确，请按“2026-01-31”的格式填写`)

  const date = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`
  if (!isCalendarDate(date)) return invalid(date, `${label}不是有效日期，请核对`)

  return checkYear(date, label)
}

function checkYear(date: string, label: string): FieldResult {
  const year = Number(date.slice(0, 4))
  if (year < MIN_YEAR || year > MAX_YEAR) return invalid(date, `${label}年份不正确，请核对`)

  return valid(date)
}
