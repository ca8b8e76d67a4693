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
  for (const group of groups) {
    for (const member of group) {
      section.add(member, report.field, report.severity, duplicateMessage(report, group, member))
    }
  }
}

/**
 * The message on `member` of a group of two or more (indices ascending): the first names the
 * later ones, each later one names the first. Reads at most four entries of the group.
 */
export function duplicateMessage(
  report: DuplicateReport,
  group: readonly number[],
  member: number,
): string {
  const first = group[0] ?? member
  if (member !== first) return report.message(places([first], false, report.noun))

  const named = group.slice(1, 1 + MAX_NAMED_PLACES)

  return report.message(places(named, group.length - 1 > MAX_NAMED_PLACES, report.noun))
}

/** '第2个车间', '第2、5个车间', '第2、5、7个车间等'. */
function places(indices: readonly number[], more: boolean, noun: string): string {
  return `第${indices.map(index => index + 1).join('、')}${noun}${more ? '等' : ''}`
}
