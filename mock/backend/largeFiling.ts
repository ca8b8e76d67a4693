// The large enterprise of issue 6, for QA to try the app at a shipyard's size: 5 principals,
// 60 workshops, 400 teams and 3,000 workers, the same on every seed. Every 100th certificate
// has expired and every 100th (offset 50) expires within weeks, so each status filter finds some.
import type { Filing } from '@/domain/filing'
import { addDays, daysBetween } from '@/domain/rules'
import { LARGE_ENTERPRISE, mulberry32, randomFiling } from '../fixtures/generators'

export const LARGE_FILING_SEED = 20260601
const EVERY = 100

/** The large filing as of `today` (YYYY-MM-DD, China time). */
export function largeFiling(today: string): Filing {
  const filing = randomFiling(mulberry32(LARGE_FILING_SEED), LARGE_ENTERPRISE)
  const targets = new Map([[0, addDays(today, -3)], [EVERY / 2, addDays(today, 20)]])
  filing.specialWorkers.forEach((worker, index) => {
    const until = targets.get(index % EVERY)
    if (!until) return
    // Both ends move together: the span stays the usual one for the trade.
    worker.validFrom = addDays(worker.validFrom, daysBetween(worker.validUntil, until))
    worker.validUntil = until
  })

  return filing
}
