// Collects a filing's issues per item so the list comes out in form order in one pass.
import type { FilingListKey } from '../filing'
import { itemPath } from './paths'
import type { FieldResult, FilingIssue, IssueSeverity } from './types'

/** Counts units of work so tests can prove validation stays linear in the filing's size. */
export interface ValidationStats {
  operations: number
}

/** Called once per unit of work (one item checked, one key looked up, one issue added). */
export type Tick = () => void

export function createTick(stats: ValidationStats | undefined): Tick {
  if (!stats) return () => {}

  return () => {
    stats.operations += 1
  }
}

/** Add a field result's error, or else its warning, as an issue. */
export function addFieldResult(issues: FilingIssue[], path: string, result: FieldResult): void {
  if (result.error) issues.push({ path, severity: 'error', message: result.error })
  else if (result.warning) issues.push({ path, severity: 'warning', message: result.warning })
}

/** Issues of one list section, bucketed by item index. */
export class SectionIssues {
  private readonly buckets: FilingIssue[][]

  constructor(private readonly list: FilingListKey, size: number, private readonly tick: Tick) {
    this.buckets = Array.from({ length: size }, () => [])
  }

  add(index: number, field: string, severity: IssueSeverity, message: string): void {
    this.tick()
    this.bucket(index).push({ path: itemPath(this.list, index, field), severity, message })
  }

  /** Append every issue, item by item, to `issues` (no spread: lists may be long). */
  appendTo(issues: FilingIssue[]): void {
    for (const bucket of this.buckets) {
      for (const issue of bucket) issues.push(issue)
    }
  }

  private bucket(index: number): FilingIssue[] {
    const bucket = this.buckets[index]
    if (!bucket) throw new RangeError(`No item ${index} in ${this.list}`)

    return bucket
  }
}
