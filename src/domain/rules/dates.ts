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
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Epoch day number of a real `YYYY-MM-DD` date, or null when it is not one. */
function toEpochDay(date: string): number | null {
  const match = ISO_DATE.exec(date)
  if (!match) return null

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, day)
  const back = new Date(time)
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null

  return time / DAY_MS
}

function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
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
  const [year, month, day] = date.split('-').map(Number)

  return fromEpochDay(Date.UTC((year ?? 0) + years, (month ?? 1) - 1, day) / DAY_MS)
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
  const text = toHalfWidth(raw).trim()
  if (!text) return invalid('', `请选择${label}`)

  const match = LOOSE_DATE.exec(text)
  if (!match) return invalid(text, `${label}格式不正确，请按“2026-01-31”的格式填写`)

  const date = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`
  const year = Number(match[1])
  if (!isCalendarDate(date)) return invalid(date, `${label}不是有效日期，请核对`)
  if (year < MIN_YEAR || year > MAX_YEAR) return invalid(date, `${label}年份不正确，请核对`)

  return valid(date)
}
