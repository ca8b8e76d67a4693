// Issue paths, the same ones the backend uses in a 422's `fieldErrors` (spec §5):
// `enterprise.creditCode`, `principals`, `teams[3].workshopId`.
import type { FilingListKey } from '../filing'

export type IssuePathList = FilingListKey | 'enterprise'

export interface ParsedIssuePath {
  list: IssuePathList
  index: number | null
  field: string | null
}

const LISTS: readonly string[] = [
  'enterprise', 'principals', 'workshops', 'teams', 'specialWorkers',
]
/** `list`, `list[2]`, `list[2].field`, `list.field`; `list.2.field` is accepted too. */
const ISSUE_PATH = /^(\w+)(?:\[(\d+)\]|\.(\d+))?(?:\.(\w+))?$/

/** The path of one field of one item, e.g. `specialWorkers[2].certificateNo`. */
export function itemPath(list: FilingListKey, index: number, field: string): string {
  return `${list}[${index}].${field}`
}

/** Split an issue path into section, item index and field; null when it names no section. */
export function parseIssuePath(path: string): ParsedIssuePath | null {
  const match = ISSUE_PATH.exec(path.trim())
  const list = match?.[1]
  if (!match || !list || !LISTS.includes(list)) return null

  const index = match[2] ?? match[3]
  if (list === 'enterprise' && index !== undefined) return null

  return {
    list: list as IssuePathList,
    index: index === undefined ? null : Number(index),
    field: match[4] ?? null,
  }
}
