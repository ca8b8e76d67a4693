import { describe, expect, it } from 'vitest'

import type { Filing, FilingListKey, SpecialWorker } from '@/domain/filing'
import { SectionsChecker, validateSections, type ValidationStats } from '@/domain/rules'
import { randomEdit, type EditState } from '../../fixtures/edits'
import { mulberry32, pick, randomFiling, randomInt, randomSpecialWorker } from '@mock/fixtures/generators'

const TODAY = '2026-06-15'
const EDITS = 400
const SEED = 20260601

/** A small filing, so that random edits often make and unmake duplicates. */
function smallFiling(seed: number): Filing {
  return randomFiling(mulberry32(seed), {
    principals: 3, workshops: 5, teamsPerWorkshop: 3, specialWorkers: 30,
  })
}

/** The issues of the item at `index` of `list` if `item` were saved there, by a full check. */
function fullCheckOfCandidate(filing: Filing, list: FilingListKey, index: number, item: object) {
  const items: object[] = [...filing[list]]
  items[index] = item
  const prefix = `${list}[${index}].`

  return validateSections({ ...filing, [list]: items }, TODAY)
    .filter(issue => issue.path.startsWith(prefix))
}

describe('SectionsChecker', () => {
  it('should find what a full check finds after every edit of a random sequence', () => {
    const rng = mulberry32(7)
    const checker = new SectionsChecker()
    const state: EditState = { removed: null }
    let filing = smallFiling(7)

    for (let step = 0; step < EDITS; step += 1) {
      filing = randomEdit(rng, filing, state)

      expect(checker.check(filing, TODAY), `after edit ${step}`).toEqual(validateSections(filing, TODAY))
    }
  })

  it('should judge an item as a full check would when it is about to be saved', () => {
    const rng = mulberry32(11)
    const checker = new SectionsChecker()
    const state: EditState = { removed: null }
    let filing = smallFiling(11)

    for (let step = 0; step < EDITS; step += 1) {
      filing = randomEdit(rng, filing, state)
      // The next edit's item, judged before it is saved.
      const next = randomEdit(rng, filing, { removed: null })
      const list = pick(rng, ['principals', 'workshops', 'teams', 'specialWorkers'] as const)
      const items = next[list]
      if (!items.length) continue
      const index = randomInt(rng, 0, Math.min(items.length, filing[list].length + 1) - 1)
      const item = items[index]!

      expect(checker.checkCandidate(filing, list, index, item, TODAY), `at edit ${step}`)
        .toEqual(fullCheckOfCandidate(filing, list, index, item))
    }
  })

  it('should give the same issues array when nothing changed', () => {
    const checker = new SectionsChecker()
    const filing = { ...smallFiling(3), principals: [] }
    const first = checker.check(filing, TODAY)

    expect(first[0]?.path).toBe('principals')
    expect(checker.check({ ...filing }, TODAY)).toBe(first)
  })

  it('should check every row again when the day changes', () => {
    const checker = new SectionsChecker()
    const filing = smallFiling(5)
    const worker = { ...filing.specialWorkers[0]!, validFrom: '2020-06-01', validUntil: '2026-06-20' }
    const edited = { ...filing, specialWorkers: [worker, ...filing.specialWorkers.slice(1)] }

    expect(checker.check(edited, TODAY)).toEqual(validateSections(edited, TODAY))
    expect(checker.check(edited, '2026-06-21')).toEqual(validateSections(edited, '2026-06-21'))
    expect(checker.check(edited, '2026-06-21').map(issue => issue.message)).toContain('证件已过期')
  })
})

describe('SectionsChecker work', () => {
  /** Units of work counted while the checker takes in `filing`. */
  function operations(checker: SectionsChecker, filing: Filing): number {
    const stats: ValidationStats = { operations: 0 }
    checker.check(filing, TODAY, stats)

    return stats.operations
  }

  function withWorker(filing: Filing, index: number, worker: SpecialWorker): Filing {
    const specialWorkers = [...filing.specialWorkers]
    specialWorkers[index] = worker

    return { ...filing, specialWorkers }
  }

  /** Work to take in one saved worker (phone changed) after the whole filing was checked. */
  function saveWork(workers: number, change: (filing: Filing) => Filing): number {
    // One seed: the first 1,000 workers are the same in both sizes.
    const filing = randomFiling(mulberry32(SEED), {
      principals: 5, workshops: 60, teams: 400, specialWorkers: workers,
    })
    const checker = new SectionsChecker()
    checker.check(filing, TODAY)

    return operations(checker, change(filing))
  }

  const newPhone = (filing: Filing) => {
    const worker = filing.specialWorkers[500]!

    return withWorker(filing, 500, { ...worker, phone: '13912340000' })
  }

  it('should re-check one row when one item of a large list is saved', () => {
    const small = saveWork(1000, newPhone)
    const large = saveWork(3000, newPhone)

    // One row: its cache look-up, 7 fields, 2 keys moved in and out, its issues rebuilt.
    expect(large).toBe(small)
    expect(large).toBeLessThan(30)
  })

  it('should re-check one row when an item is added to a large list', () => {
    const addWorker = (filing: Filing) => ({
      ...filing,
      specialWorkers: [...filing.specialWorkers, randomSpecialWorker(mulberry32(1), 'added', 'welder')],
    })

    expect(saveWork(3000, addWorker)).toBe(saveWork(1000, addWorker))
    expect(saveWork(3000, addWorker)).toBeLessThan(30)
  })

  it('should re-report only the affected group when a saved item joins a clash', () => {
    /** `size` workers share worker 0's certificate; worker 500 joins them. */
    const joinClash = (size: number) => (filing: Filing) => {
      const shared = filing.specialWorkers[0]!
      const clashing = filing.specialWorkers.map((worker, index) => index < size
        ? { ...worker, trade: shared.trade, certificateNo: shared.certificateNo }
        : worker)
      const checker = new SectionsChecker()
      const before = { ...filing, specialWorkers: clashing }
      checker.check(before, TODAY)
      const joined = withWorker(before, 500, {
        ...clashing[500]!, trade: shared.trade, certificateNo: shared.certificateNo,
      })

      return { checker, joined }
    }
    const work = (workers: number, size: number) => {
      const filing = randomFiling(mulberry32(SEED), { specialWorkers: workers })
      const { checker, joined } = joinClash(size)(filing)

      return operations(checker, joined)
    }

    // The same work for a list three times longer; a group twice as big costs about twice.
    expect(work(3000, 100)).toBe(work(1000, 100))
    expect(work(3000, 200) / work(3000, 100)).toBeLessThan(2.1)
    expect(work(3000, 200) - work(3000, 100)).toBeGreaterThan(100)
  })
})
