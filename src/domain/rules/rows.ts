// What the rules of spec §3 say about one list item on its own: the findings on its fields and
// the keys its duplicate checks compare. The whole-filing check and the incremental one both
// build on these, so an item reads the same in both.
import type { FilingListKey, Principal, SpecialWorker, Team, Trade, Workshop } from '../filing'
import {
  certificateIdNumber,
  checkCertificateNo as checkCertificateNoOnce,
  checkTrade,
  checkValidity,
} from './certificate'
import type { DuplicateReport } from './duplicates'
import type { Tick } from './issues'
import { memoize } from './memo'
import { comparisonKey as comparisonKeyOnce } from './normalize'
import { checkPersonName as checkPersonNameOnce } from './personName'
import { checkPhone as checkPhoneOnce } from './phone'
import { checkRequiredText as checkRequiredTextOnce } from './text'
import type { FieldResult, IssueSeverity } from './types'

// Results are shared between runs: nothing downstream mutates them.
const comparisonKey = memoize((value: string) => comparisonKeyOnce(value))
const checkPersonName = memoize((raw: string) => checkPersonNameOnce(raw))
const checkPhone = memoize((raw: string) => checkPhoneOnce(raw))
const checkRequiredText = memoize((raw: string, label: string) => checkRequiredTextOnce(raw, label))
const checkCertificateNo = memoize(
  (raw: string, today: string) => checkCertificateNoOnce(raw, today),
)

const KEY_SEPARATOR = '\u0000'

/** An item of any list. */
export type ListItem = Principal | Workshop | Team | SpecialWorker

/** One message on one field of an item, before the item's place in its list is known. */
export interface RowFinding {
  field: string
  severity: IssueSeverity
  message: string
}

/** What the rules say about one item on its own. */
export interface RowCheck {
  /** Findings of the field rules, in form order. */
  findings: RowFinding[]
  /** The item's key for each of its list's DUPLICATE_CHECKS, in order; '' never clashes. */
  keys: string[]
  /** Teams: the 所属车间 id, trimmed, that the link check looks up; '' otherwise. */
  workshopId: string
}

function personReport(noun: string): DuplicateReport {
  return {
    field: 'name',
    severity: 'warning',
    noun,
    message: places => `姓名和联系方式与${places}相同，请确认是否重复填写`,
  }
}

/**
 * The duplicate checks of each list, in the order their findings follow the field findings:
 * the possible-duplicate person first, then the list's own uniqueness rule.
 */
export const DUPLICATE_CHECKS: Record<FilingListKey, readonly DuplicateReport[]> = {
  principals: [personReport('位主要负责人')],
  workshops: [personReport('个车间的负责人'), {
    field: 'workshopName',
    severity: 'error',
    noun: '个车间',
    message: places => `车间名称与${places}重复，请修改`,
  }],
  teams: [personReport('个班组的负责人'), {
    field: 'teamName',
    severity: 'error',
    noun: '个班组',
    message: places => `同一车间下班组名称与${places}重复，请修改`,
  }],
  specialWorkers: [personReport('位人员'), {
    field: 'certificateNo',
    severity: 'error',
    noun: '位人员',
    message: places => `同一工种下证件编号与${places}重复，请核对`,
  }],
}

/** Checks one item of `list` on its own; one tick per field checked. */
export function checkRow(list: FilingListKey, item: ListItem, today: string, tick: Tick): RowCheck {
  const row = new RowBuilder(tick)
  switch (list) {
    case 'principals':
      row.keys.push(row.person(item as Principal))
      break
    case 'workshops': {
      const name = row.field('workshopName', checkRequiredText((item as Workshop).workshopName, '车间名称'))
      row.keys.push(row.person(item as Workshop), keyOf(name))
      break
    }
    case 'teams':
      checkTeam(row, item as Team)
      break
    case 'specialWorkers':
      checkSpecialWorker(row, item as SpecialWorker, today)
      break
  }

  return { findings: row.findings, keys: row.keys, workshopId: row.workshopId }
}

/** The link check of a team: its 车间 must be picked and still exist. */
export function linkFinding(workshopId: string, hasWorkshop: (id: string) => boolean): RowFinding | null {
  if (!workshopId) return { field: 'workshopId', severity: 'error', message: '请选择所属车间' }
  if (!hasWorkshop(workshopId)) {
    return { field: 'workshopId', severity: 'error', message: '所属车间不存在，请重新选择' }
  }

  return null
}

function checkTeam(row: RowBuilder, team: Team): void {
  row.workshopId = team.workshopId.trim()
  const name = row.field('teamName', checkRequiredText(team.teamName, '班组名称'))
  const personKey = row.person(team)
  // 班组名称 is unique within its 车间 only.
  const nameKey = keyOf(name)
  row.keys.push(personKey, row.workshopId && nameKey && row.workshopId + KEY_SEPARATOR + nameKey)
}

function checkSpecialWorker(row: RowBuilder, worker: SpecialWorker, today: string): void {
  const trade = row.field('trade', checkTrade(worker.trade))
  const personKey = row.person(worker)
  const certificate = row.field('certificateNo', checkCertificateNo(worker.certificateNo, today))
  row.field('issuer', checkRequiredText(worker.issuer, '发证单位'))
  const validity = checkValidity({ ...worker, trade: trade.value as Trade | '' }, today)
  row.field('validFrom', validity.validFrom)
  row.field('validUntil', validity.validUntil)

  // One person may rightly hold two trades' certificates, so only the same 工种 is suspicious.
  row.keys.push(
    personKey && trade.value + KEY_SEPARATOR + personKey,
    certificateKey(trade, certificate),
  )
}

/** Collects the findings of one item, field by field. */
class RowBuilder {
  readonly findings: RowFinding[] = []
  readonly keys: string[] = []
  workshopId = ''

  constructor(private readonly tick: Tick) {}

  /** Adds a field result's error, or else its warning; returns the result. */
  field(field: string, result: FieldResult): FieldResult {
    this.tick()
    if (result.error) this.findings.push({ field, severity: 'error', message: result.error })
    else if (result.warning) this.findings.push({ field, severity: 'warning', message: result.warning })

    return result
  }

  /** 姓名, 职务 (workers have none) and 联系方式; returns the person's key. */
  person(person: { name: string, phone: string, position?: string }): string {
    const name = this.field('name', checkPersonName(person.name))
    if (person.position !== undefined) this.field('position', checkRequiredText(person.position, '职务'))
    const phone = this.field('phone', checkPhone(person.phone))

    return keyOf(name, phone)
  }
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
