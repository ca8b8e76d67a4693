// Dates typed by hand come in many shapes; the filing only ever holds `YYYY-MM-DD`.
import { toHalfWidth } from '@/domain/rules'

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/

/** `2024/3/1`, `2024年3月1日`, `20240301` → `2024-03-01`; anything else is returned trimmed. */
export function normalizeDateInput(raw: string): string {
  const text = toHalfWidth(raw).trim()
  const match = SEPARATED.exec(text) ?? COMPACT.exec(text)
  if (!match) return text

  const [, year, month, day] = match as unknown as [string, string, string, string]

  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}
