// Uniqueness checks in one pass with a Map: no item is ever compared with every other item.
import type { IssueSeverity } from './types'
import type { SectionIssues, Tick } from './issues'

/** How many other places the first of a group names before "等". */
const MAX_NAMED_PLACES = 3

/** Groups of item indices sharing a key, for keys seen more than once; '' keys are skipped. */
export function duplicateGroups(keys: readonly string[], tick: Tick): number[][] {
  const byKey = new Map<string, number[]>()
  keys.forEach((key, index) => {
    tick()
    if (!key) return

    const group = byKey.get(key)
    if (group) group.push(index)
    else byKey.set(key, [index])
  })

  return [...byKey.values()].filter(group => group.length > 1)
}

export interface DuplicateReport {
  field: string
  severity: IssueSeverity
  /** Builds the message from the places the item clashes with, e.g. '第1个车间'. */
  message: (places: string) => string
  /** Noun after the ordinal: '个车间' in '第1个车间'. */
  noun: string
}

/** Each later item names the first; the first names the later ones (mirror message). */
export function reportDuplicates(
  section: SectionIssues,
  groups: readonly number[][],
  report: DuplicateReport,
): void {
  const { field, severity, message, noun } = report
  for (const [first, ...others] of groups) {
    if (first === undefined) continue

    section.add(first, field, severity, message(places(others, noun)))
    for (const other of others) section.add(other, field, severity, message(places([first], noun)))
  }
}

/** '第2个车间', '第2、5个车间', '第2、5、7个车间等'. */
function places(indices: readonly number[], noun: string): string {
  const named = indices.slice(0, MAX_NAMED_PLACES).map(index => index + 1).join('、')
  const more = indices.length > MAX_NAMED_PLACES ? '等' : ''

  return `第${named}${noun}${more}`
}
