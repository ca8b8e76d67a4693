// Every rule of spec §3 over a whole filing: fields, uniqueness and links. Linear in the
// filing's size: each item is checked once and clashes are found through Maps and Sets.
import type { Filing, FilingListKey, SpecialWorker, Team, Trade, Workshop } from '../filing'
import {
  certificateIdNumber,
  checkCertificateNo as checkCertificateNoOnce,
  checkTrade,
  checkValidity,
} from './certificate'
import { checkCreditCode } from './creditCode'
import { duplicateGroups, reportDuplicates } from './duplicates'
import type { Tick, ValidationStats } from './issues'
import { addFieldResult, createTick, SectionIssues } from './issues'
import { memoize } from './memo'
import { comparisonKey as comparisonKeyOnce } from './normalize'
import { checkPersonName as checkPersonNameOnce } from './personName'
import { checkPhone as checkPhoneOnce } from './phone'
import { checkRequiredText as checkRequiredTextOnce } from './text'
import type { FieldResult, FilingIssue } from './types'

// Results are shared between runs: SectionIssues only reads them.
const comparisonKey = memoize((value: string) => comparisonKeyOnce(value))
const checkPersonName = memoize((raw: string) => checkPersonNameOnce(raw))
const checkPhone = memoize((raw: string) => checkPhoneOnce(raw))
const checkRequiredText = memoize((raw: string, label: string) => checkRequiredTextOnce(raw, label))
const checkCertificateNo = memoize(
  (raw: string, today: string) => checkCertificateNoOnce(raw, today),
)

/** Noun after the ordinal when a message points at another item: '第2个车间'. */
const ITEM_NOUNS: Record<FilingListKey, string> = {
  principals: '位主要负责人',
  workshops: '个车间',
  teams: '个班组',
  specialWorkers: '位人员',
}
const PERSON_NOUNS: Record<FilingListKey, string> = {
  principals: '位主要负责人',
  workshops: '个车间的负责人',
  teams: '个班组的负责人',
  specialWorkers: '位人员',
}
const KEY_SEPARATOR = '\u0000'

interface Person {
  name: string
  phone: string
  position?: string
}

/** Section-specific fields, checked before and after the person's own, in form order. */
interface ItemHooks {
  before?: (section: SectionIssues, index: number) => void
  after?: (section: SectionIssues, index: number) => void
  /** Narrows the duplicate-person check, e.g. to one 工种. */
  personScope?: (index: number) => string
}

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

/** The issues of the four lists only: what the form re-checks when an item changes. */
export function validateSections(
  filing: Omit<Filing, 'enterprise'>,
  today: string,
  stats?: ValidationStats,
): FilingIssue[] {
  const tick = createTick(stats)
  const issues: FilingIssue[] = []

  if (!filing.principals.length) {
    issues.push({ path: 'principals', severity: 'error', message: '请至少填写一位企业主要负责人' })
  }
  validatePeople('principals', filing.principals, tick).appendTo(issues)
  validateWorkshops(filing.workshops, tick).appendTo(issues)
  validateTeams(filing.teams, filing.workshops, tick).appendTo(issues)
  validateSpecialWorkers(filing.specialWorkers, today, tick).appendTo(issues)

  return issues
}

/** Name, position and phone of every item, plus the possible-duplicate-person warning. */
function validatePeople(
  list: FilingListKey,
  people: readonly Person[],
  tick: Tick,
  hooks: ItemHooks = {},
): SectionIssues {
  const section = new SectionIssues(list, people.length, tick)
  const personKeys = people.map((person, index) => {
    hooks.before?.(section, index)

    const name = checkPersonName(person.name)
    section.field(index, 'name', name)
    if (person.position !== undefined) {
      section.field(index, 'position', checkRequiredText(person.position, '职务'))
    }
    const phone = checkPhone(person.phone)
    section.field(index, 'phone', phone)
    hooks.after?.(section, index)

    const key = keyOf(name, phone)

    return key && hooks.personScope ? hooks.personScope(index) + KEY_SEPARATOR + key : key
  })

  reportDuplicates(section, duplicateGroups(personKeys, tick), {
    field: 'name',
    severity: 'warning',
    noun: PERSON_NOUNS[list],
    message: places => `姓名和联系方式与${places}相同，请确认是否重复填写`,
  })

  return section
}

function validateWorkshops(workshops: readonly Workshop[], tick: Tick): SectionIssues {
  const nameKeys: string[] = []
  const before = (section: SectionIssues, index: number) => {
    const name = checkRequiredText(workshops[index]?.workshopName ?? '', '车间名称')
    section.field(index, 'workshopName', name)
    nameKeys.push(keyOf(name))
  }
  const section = validatePeople('workshops', workshops, tick, { before })

  reportDuplicates(section, duplicateGroups(nameKeys, tick), {
    field: 'workshopName',
    severity: 'error',
    noun: ITEM_NOUNS.workshops,
    message: places => `车间名称与${places}重复，请修改`,
  })

  return section
}

function validateTeams(
  teams: readonly Team[],
  workshops: readonly Workshop[],
  tick: Tick,
): SectionIssues {
  const workshopIds = new Set(workshops.map((workshop) => {
    tick()

    return workshop.id
  }))
  const nameKeys: string[] = []
  const before = (section: SectionIssues, index: number) => {
    const team = teams[index]
    const workshopId = team?.workshopId.trim() ?? ''
    if (!workshopId) section.add(index, 'workshopId', 'error', '请选择所属车间')
    else if (!workshopIds.has(workshopId)) {
      section.add(index, 'workshopId', 'error', '所属车间不存在，请重新选择')
    }

    const name = checkRequiredText(team?.teamName ?? '', '班组名称')
    section.field(index, 'teamName', name)
    // 班组名称 is unique within its 车间 only.
    const nameKey = keyOf(name)
    nameKeys.push(workshopId && nameKey && workshopId + KEY_SEPARATOR + nameKey)
  }
  const section = validatePeople('teams', teams, tick, { before })

  reportDuplicates(section, duplicateGroups(nameKeys, tick), {
    field: 'teamName',
    severity: 'error',
    noun: ITEM_NOUNS.teams,
    message: places => `同一车间下班组名称与${places}重复，请修改`,
  })

  return section
}

function validateSpecialWorkers(
  workers: readonly SpecialWorker[],
  today: string,
  tick: Tick,
): SectionIssues {
  const trades = workers.map((worker) => {
    tick()

    return checkTrade(worker.trade)
  })
  const certificateKeys: string[] = workers.map(() => '')
  const before = (section: SectionIssues, index: number) => {
    section.field(index, 'trade', trades[index] ?? checkTrade(''))
  }
  const after = (section: SectionIssues, index: number) => {
    const worker = workers[index]
    const trade = trades[index]
    if (!worker || !trade) return

    const certificate = checkCertificateNo(worker.certificateNo, today)
    section.field(index, 'certificateNo', certificate)
    section.field(index, 'issuer', checkRequiredText(worker.issuer, '发证单位'))
    const validity = checkValidity({ ...worker, trade: trade.value as Trade | '' }, today)
    section.field(index, 'validFrom', validity.validFrom)
    section.field(index, 'validUntil', validity.validUntil)

    certificateKeys[index] = certificateKey(trade, certificate)
  }
  // One person may rightly hold two trades' certificates, so only the same 工种 is suspicious.
  const personScope = (index: number) => trades[index]?.value ?? ''
  const section = validatePeople('specialWorkers', workers, tick, { before, after, personScope })

  reportDuplicates(section, duplicateGroups(certificateKeys, tick), {
    field: 'certificateNo',
    severity: 'error',
    noun: ITEM_NOUNS.specialWorkers,
    message: places => `同一工种下证件编号与${places}重复，请核对`,
  })

  return section
}

/** One 证件编号 per 工种: `T` + ID number and the bare ID number are the same certificate. */
function certificateKey(trade: FieldResult, certificate: FieldResult): string {
  if (trade.error || certificate.error) return ''

  const number = certificateIdNumber(certificate.value) ?? certificate.value

  return trade.value + KEY_SEPARATOR + number
}

/** Comparison key of valid field values; '' (never a clash) when any of them has an error. */
function keyOf(...results: FieldResult[]): string {
  if (results.some(result => result.error)) return ''

  return results.map(result => comparisonKey(result.value)).join(KEY_SEPARATOR)
}
