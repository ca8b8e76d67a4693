// Where the date picker of a 证件有效期 field opens, so the filer scrolls a few steps at most.
import type { Trade } from '@/domain/filing'
import { addDays, addYears, CERTIFICATE_YEARS, checkDate } from '@/domain/rules'

export interface DatePickerStart {
  /** The date shown first, `YYYY-MM-DD`. */
  value: string
  /** The earliest date offered: the day after the start, for the end date. */
  min?: string
}

/**
 * The field's own date when it holds one; else today for the start, and for the end the usual
 * end of a certificate of the chosen trade from the start. An end never opens before its start.
 */
export function datePickerStart(
  key: string,
  values: Readonly<Record<string, string>>,
  today: string,
): DatePickerStart {
  const current = asDate(values[key])
  const start = key === 'validUntil' ? asDate(values.validFrom) : null
  if (!start) return { value: current ?? today }

  const min = addDays(start, 1)
  const value = current ?? usualEnd(start, values.trade, today)

  return { value: value < min ? min : value, min }
}

function usualEnd(start: string, trade: string | undefined, today: string): string {
  // Undefined while no trade is picked.
  const years = CERTIFICATE_YEARS[trade as Trade] as number | undefined

  return years ? addYears(start, years) : today
}

/** The date a typed value stands for (2024/5/1 is 2024-05-01), or null. */
function asDate(raw = ''): string | null {
  const result = checkDate(raw, '')

  return result.error ? null : result.value
}
