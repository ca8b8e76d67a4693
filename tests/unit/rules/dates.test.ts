// Runs the same under TZ=UTC and TZ=Asia/Shanghai: no assertion depends on the machine's zone.
import { afterEach, describe, expect, it, vi } from 'vitest'

import { addDays, checkDate, daysBetween, todayInChina } from '@/domain/rules'

describe('todayInChina', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it.each([
    ['2026-12-03T15:59:59Z', '2026-12-03'],
    ['2026-12-03T16:00:00Z', '2026-12-04'],
    ['2026-12-03T17:30:00Z', '2026-12-04'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2028-02-28T16:30:00Z', '2028-02-29'],
  ])('should give the China date when the instant is %s', (instant, expected) => {
    expect(todayInChina(Date.parse(instant))).toBe(expected)
  })

  it('should use the current time when no instant is given', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-12-03T17:30:00Z'))

    expect(todayInChina()).toBe('2026-12-04')
  })
})

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2026-03-28', 2, '2026-03-30'],
  ])('should move %s by %i days to %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
    expect(daysBetween(date, expected)).toBe(days)
  })

  it('should count leap days when a span crosses 29 February', () => {
    expect(daysBetween('2024-03-01', '2030-03-01')).toBe(2191)
    expect(daysBetween('2023-03-01', '2029-03-01')).toBe(2192)
  })

  it('should throw when a date is not YYYY-MM-DD', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
    expect(() => daysBetween('2026/01/01', '2026-01-02')).toThrow(RangeError)
  })
})

describe('checkDate', () => {
  it.each([
    ['2026-01-31', '2026-01-31'],
    ['2026-1-5', '2026-01-05'],
    ['2026/01/05', '2026-01-05'],
    ['2026.1.5', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    ['２０２６－０１－０５', '2026-01-05'],
    ['2028-02-29', '2028-02-29'],
    ['20260105', '2026-01-05'],
  ])('should accept %j as %s', (raw, value) => {
    expect(checkDate(raw, '有效期起始日期')).toEqual({ value })
  })

  it.each([
    ['', '请选择有效期起始日期'],
    ['2026-02-29', '有效期起始日期不是有效日期，请核对'],
    ['2026-13-01', '有效期起始日期不是有效日期，请核对'],
    ['2026-04-31', '有效期起始日期不是有效日期，请核对'],
    ['1899-12-31', '有效期起始日期年份不正确，请核对'],
    ['2026-01-05T00:00:00Z', '有效期起始日期格式不正确，请按“2026-01-31”的格式填写'],
  ])('should refuse %j', (raw, error) => {
    expect(checkDate(raw, '有效期起始日期').error).toBe(error)
  })
})
