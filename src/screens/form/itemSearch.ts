// Search and filter over a list section, built once per change of the list: each keystroke
// is a linear scan over prepared strings, never a re-description of thousands of items.
import type { Filing, FilingListKey } from '@/domain/filing'
import { certificateStatus, isCalendarDate, type CertificateStatus } from '@/domain/rules'

export type ListFilter = 'all' | 'errors' | CertificateStatus

export interface SearchEntry {
  index: number
  /** Name, unit and certificate number, upper-cased, for a contains match. */
  haystack: string
  status: CertificateStatus | null
}

/** One entry per item of `list`, in list order. */
export function buildSearchIndex(filing: Filing, list: FilingListKey, today: string): SearchEntry[] {
  const workshopNames = new Map(filing.workshops.map(workshop => [workshop.id, workshop.workshopName]))

  return filing[list].map((item, index) => {
    const fields = item as unknown as Record<string, string>
    const unit = list === 'teams'
      ? `${fields.teamName} ${workshopNames.get(fields.workshopId ?? '') ?? ''}`
      : fields.workshopName ?? ''
    const until = fields.validUntil ?? ''
    const status = list === 'specialWorkers' && isCalendarDate(until)
      ? certificateStatus(until, today)
      : null

    return {
      index,
      haystack: `${fields.name} ${unit} ${fields.certificateNo ?? ''} ${fields.phone}`.toUpperCase(),
      status,
    }
  })
}

/** Indexes of the entries matching `query` and `filter`. */
export function searchItems(
  entries: readonly SearchEntry[],
  query: string,
  filter: ListFilter,
  errorIndexes: ReadonlySet<number>,
): number[] {
  const needle = query.trim().toUpperCase()
  const result: number[] = []

  for (const entry of entries) {
    if (filter === 'errors' && !errorIndexes.has(entry.index)) continue
    if (filter !== 'all' && filter !== 'errors' && entry.status !== filter) continue
    if (needle && !entry.haystack.includes(needle)) continue
    result.push(entry.index)
  }

  return result
}

/** Indexes of the items of `list` named by any of these issue paths. */
export function indexesWithIssues(paths: readonly string[], list: FilingListKey): Set<number> {
  const prefix = `${list}[`
  const indexes = new Set<number>()

  for (const path of paths) {
    if (!path.startsWith(prefix)) continue
    indexes.add(Number.parseInt(path.slice(prefix.length), 10))
  }

  return indexes
}
