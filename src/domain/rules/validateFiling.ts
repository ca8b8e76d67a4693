// Every rule of spec §3 over a whole filing: fields, uniqueness and links. Linear in the
// filing's size: each item is checked once and clashes are found through Maps and Sets.
import type { Filing, FilingListKey, Workshop } from '../filing'
import { checkCreditCode } from './creditCode'
import { duplicateGroups, reportDuplicates } from './duplicates'
import type { Tick, ValidationStats } from './issues'
import { addFieldResult, createTick, SectionIssues } from './issues'
import { checkRow, DUPLICATE_CHECKS, linkFinding, type ListItem } from './rows'
import type { FilingIssue } from './types'

/** The lists in form order, which is the order of their issues. */
export const LIST_KEYS: readonly FilingListKey[] = ['principals', 'workshops', 'teams', 'specialWorkers']

/** The one issue of the filing as a whole: spec §2 asks for at least one principal. */
export const NO_PRINCIPAL: Readonly<FilingIssue> = Object.freeze({
  path: 'principals',
  severity: 'error',
  message: '请至少填写一位企业主要负责人',
})

/** All issues of a filing in form order: errors block 下一步, warnings are shown. */
export function validateFiling(
  filing: Filing,
  today: string,
  stats?: ValidationStats,
): FilingIssue[] {
  const issues: FilingIssue[] = []
  addFieldResult(issues, 'enterprise.creditCode', checkCreditCode(filing.enterprise.creditCode))

  return issues.concat(validateSections(filing, today, stats))
}

/** The issues of the four lists only, checked from scratch (see SectionsChecker for edits). */
export function validateSections(
  filing: Omit<Filing, 'enterprise'>,
  today: string,
  stats?: ValidationStats,
): FilingIssue[] {
  const tick = createTick(stats)
  const issues: FilingIssue[] = filing.principals.length ? [] : [NO_PRINCIPAL]
  const workshopIds = idsOf(filing.workshops, tick)

  for (const list of LIST_KEYS) {
    validateList(list, filing[list], today, tick, id => workshopIds.has(id)).appendTo(issues)
  }

  return issues
}

function idsOf(workshops: readonly Workshop[], tick: Tick): Set<string> {
  return new Set(workshops.map((workshop) => {
    tick()

    return workshop.id
  }))
}

/** Field findings item by item, then each duplicate check over the whole list. */
function validateList(
  list: FilingListKey,
  items: readonly ListItem[],
  today: string,
  tick: Tick,
  hasWorkshop: (id: string) => boolean,
): SectionIssues {
  const section = new SectionIssues(list, items.length, tick)
  const rows = items.map((item, index) => {
    const row = checkRow(list, item, today, tick)
    const link = list === 'teams' ? linkFinding(row.workshopId, hasWorkshop) : null
    for (const finding of link ? [link, ...row.findings] : row.findings) {
      section.add(index, finding.field, finding.severity, finding.message)
    }

    return row
  })

  DUPLICATE_CHECKS[list].forEach((report, check) => {
    const keys = rows.map(row => row.keys[check] ?? '')
    reportDuplicates(section, duplicateGroups(keys, tick), report)
  })

  return section
}
