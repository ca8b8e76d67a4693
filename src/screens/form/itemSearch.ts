// Search and filter over a list section, built once per change of the list: each keystroke
// is a linear scan over prepared strings, never a re-description of thousands of items.
import type { Filing, FilingListKey, Workshop } from '@/domain/filing'
import { certificateStatus, isCalendarDate, type CertificateStatus } from '@/domain/rules'

export type ListFilter = 'all' | 'errors' | CertificateStatus

/** One item, prepared for search; entries are in list order, so an entry's index is the item's. */
export interface SearchEntry {
  /** Name, unit and certificate number, upper-cased, for a contains match. */
  haystack: string
  status: CertificateStatus | null
}

interface KeptEntry {
  today: string
  /** The unit named in the haystack (a team's 车间 is another item, renamed apart from it). */
  unit: string
  entry: SearchEntry
}

type AnyItem = Filing[FilingListKey][number]

/** Entries by item object: after a save only the saved item is prepared again. */
const kept = new WeakMap<AnyItem, KeptEntry>()

/** One entry per item of `list`, in list order; `workshops` name the teams' units. */
export function buildSearchIndex(
  list: FilingListKey,
  items: readonly AnyItem[],
  workshops: readonly Workshop[],
  today: string,
): SearchEntry[] {
  const workshopNames = new Map(workshops.map(workshop => [workshop.id, workshop.workshopName]))

  return items.map((item) => {
    const fields = item as unknown as Record<string, string>
    const unit = list === 'teams'
      ? `${fields.teamName} ${workshopNames.get(fields.workshopId ?? '') ?? ''}`
      : fields.workshopName ?? ''
    const previous = kept.get(item)
    if (previous?.today === today && previous.unit === unit) return previous.entry

    const entry = prepare(list, fields, unit, today)
    kept.set(item, { today, unit, entry })

    return entry
  })
}

function prepare(
  list: FilingListKey,
  fields: Record<string, string>,
  unit: string,
  today: string,
): SearchEntry {
  const until = fields.validUntil ?? ''
  const status = list === 'specialWorkers' && isCalendarDate(until)
    ? certificateStatus(until, today)
    : null

  return {
    haystack: `${fields.name} ${unit} ${fields.certificateNo ?? ''} ${fields.phone}`.toUpperCase(),
    status,
  }
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

  entries.forEach((entry, index) => {
    if (filter === 'errors' && !errorIndexes.has(index)) return
    if (filter !== 'all' && filter !== 'errors' && entry.status !== filter) return
    if (needle && !entry.haystack.includes(needle)) return
    result.push(index)
  })

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
