// The stored draft and its migrations. Each older shape gets one step up to the next version;
// a draft this build cannot read is set aside by the repository, never dropped.
import type { Filing, FilingListKey } from '@/domain/filing'

export const DRAFT_SCHEMA_VERSION = 1

/** The item being typed in the bottom-sheet editor when the draft was saved. */
export interface EditorDraft {
  list: FilingListKey
  /** null when the item was being added. */
  id: string | null
  itemId: string
  values: Record<string, string>
}

export interface Draft {
  schemaVersion: typeof DRAFT_SCHEMA_VERSION
  /** ISO 8601, when the device saved it. */
  savedAt: string
  /** The submitted revision the edits started from; null for a first filing. */
  baseRevision: number | null
  filing: Filing
  editor: EditorDraft | null
}

/** Version 0: what the first prototype stored (no version field, savedAt in ms). */
interface DraftV0 {
  savedAt: number
  filing: Filing
}

export type MigrationResult
  = | { status: 'ok', draft: Draft, migratedFrom: number | null }
    | { status: 'unreadable', reason: string }

type Step = (draft: Record<string, unknown>) => Record<string, unknown>

/** MIGRATIONS[n] turns a version-n draft into a version-(n+1) draft. */
const MIGRATIONS: Record<number, Step> = {
  0: (draft) => {
    const old = draft as unknown as DraftV0
    return {
      schemaVersion: 1,
      savedAt: new Date(old.savedAt).toISOString(),
      baseRevision: null,
      filing: old.filing,
      editor: null,
    }
  },
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function versionOf(draft: Record<string, unknown>): number | null {
  if (!('schemaVersion' in draft)) return 0
  return typeof draft.schemaVersion === 'number' ? draft.schemaVersion : null
}

function isFiling(value: unknown): value is Filing {
  if (!isObject(value) || !isObject(value.enterprise)) return false
  const lists: FilingListKey[] = ['principals', 'workshops', 'teams', 'specialWorkers']
  return lists.every(list => Array.isArray(value[list]))
}

function isCurrent(draft: Record<string, unknown>): draft is Record<string, unknown> & Draft {
  return draft.schemaVersion === DRAFT_SCHEMA_VERSION
    && typeof draft.savedAt === 'string'
    && isFiling(draft.filing)
}

/** Brings a parsed draft of any known version up to the current one. */
export function migrateDraft(raw: unknown): MigrationResult {
  if (!isObject(raw)) return { status: 'unreadable', reason: 'not an object' }

  const from = versionOf(raw)
  if (from === null) return { status: 'unreadable', reason: 'schemaVersion is not a number' }
  if (from > DRAFT_SCHEMA_VERSION) {
    return { status: 'unreadable', reason: `schemaVersion ${from} is newer than this build` }
  }

  let draft = raw
  for (let version = from; version < DRAFT_SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS[version]
    if (!step) return { status: 'unreadable', reason: `no migration from version ${version}` }
    draft = step(draft)
  }
  if (!isCurrent(draft)) return { status: 'unreadable', reason: 'fields missing' }

  const result = { ...draft, editor: draft.editor ?? null, baseRevision: draft.baseRevision ?? null }
  return { status: 'ok', draft: result, migratedFrom: from === DRAFT_SCHEMA_VERSION ? null : from }
}
