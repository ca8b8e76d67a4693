// How an item and a finding read to the filer: one line per item, one line per issue.
import {
  TRADE_LABELS,
  type Filing,
  type FilingListKey,
  type Principal,
  type SpecialWorker,
  type Team,
  type Workshop,
} from '@/domain/filing'
import { CERTIFICATE_STATUS_LABELS, certificateStatus, parseIssuePath, type FilingIssue } from '@/domain/rules'
import { sectionOf } from './sections'

export interface ItemSummary {
  id: string
  title: string
  subtitle: string
  tags: { text: string, type: 'primary' | 'success' | 'warning' | 'danger' }[]
}

interface KeptSummary {
  today: string
  /** Teams: the 车间 object the subtitle names (or undefined when it is gone). */
  workshop: Workshop | undefined
  summary: ItemSummary
}

type AnyItem = Filing[FilingListKey][number]

/**
 * Summaries by item object. Lists are replaced item by item, so an unchanged item keeps its
 * summary object and its row is not rendered again when the list around it changes.
 */
const kept = new WeakMap<AnyItem, KeptSummary>()

/** One line per item; the same object while nothing it shows changed. */
export function describeItem(
  list: FilingListKey,
  item: AnyItem,
  today: string,
  workshops: readonly Workshop[],
): ItemSummary {
  const workshop = list === 'teams'
    ? workshops.find(candidate => candidate.id === (item as Team).workshopId)
    : undefined
  const previous = kept.get(item)
  if (previous && previous.today === today && previous.workshop === workshop) return previous.summary

  const summary = summarize(list, item, today, workshop)
  kept.set(item, { today, workshop, summary })

  return summary
}

function summarize(
  list: FilingListKey,
  any: AnyItem,
  today: string,
  workshop: Workshop | undefined,
): ItemSummary {
  switch (list) {
    case 'principals': {
      const item = any as Principal
      return { id: item.id, title: item.name, subtitle: `${item.position} · ${item.phone}`, tags: [] }
    }
    case 'workshops': {
      const item = any as Workshop
      return {
        id: item.id,
        title: item.workshopName,
        subtitle: `负责人 ${item.name} · ${item.position} · ${item.phone}`,
        tags: [],
      }
    }
    case 'teams': {
      const item = any as Team
      return {
        id: item.id,
        title: item.teamName,
        subtitle: `${workshop?.workshopName ?? '所属车间不存在'} · 负责人 ${item.name} · ${item.position}`
          + ` · ${item.phone}`,
        tags: [],
      }
    }
    case 'specialWorkers': {
      const item = any as SpecialWorker
      const status = item.validUntil ? certificateStatus(item.validUntil, today) : null
      const statusType = status === 'expired' ? 'danger' : status === 'expiring' ? 'warning' : 'success'
      return {
        id: item.id,
        title: item.name,
        // The date first: on a narrow phone the line is cut at its end, and a filer scanning
        // for expiring certificates reads the date; the number is what search finds.
        subtitle: `有效期至 ${item.validUntil} · 证号 ${item.certificateNo}`,
        tags: [
          { text: TRADE_LABELS[item.trade] ?? '未选工种', type: 'primary' },
          ...(status ? [{ text: CERTIFICATE_STATUS_LABELS[status], type: statusType } as const] : []),
        ],
      }
    }
  }
}

/** `企业主要负责人第2条（张伟）· 联系方式：…` */
export function describeIssue(filing: Filing, issue: FilingIssue): string {
  const parsed = parseIssuePath(issue.path)
  if (!parsed) return issue.message
  const { list, index, field } = parsed
  if (list === 'enterprise') return `统一社会信用代码：${issue.message}`

  const section = sectionOf(list)
  if (index === null) return `${section.title}：${issue.message}`

  const item = filing[list][index] as unknown as Record<string, string> | undefined
  const name = item?.name ? `（${item.name}）` : ''
  const label = section.fields.find(candidate => candidate.key === field)?.label
  const where = `${section.title}第${index + 1}条${name}`

  return label ? `${where} · ${label}：${issue.message}` : `${where}：${issue.message}`
}
