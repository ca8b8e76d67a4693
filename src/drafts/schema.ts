// The stored draft and its migrations. A draft is kept in two parts: the filing (large, written
// only when the filing changed) and the editor's unsaved values (small, written as the filer
// types). Each older shape gets one step up to the next version; a draft this build cannot
// read is set aside by the repository, never dropped.
import type { Filing, FilingListKey } from '@/domain/filing'

export const DRAFT_SCHEMA_VERSION = 2

/** The item being typed in the bottom-sheet editor when the draft was saved. */
export interface EditorDraft {
  list: FilingListKey
  /** null when the item was being added. */
  id: string | null
  itemId: string
  values: Record<string, string>
}

/** What both parts share: when the device saved them and what the edits started from. */
interface PartHeader {
  schemaVersion: typeof DRAFT_SCHEMA_VERSION
  /** ISO 8601, when the device saved it. */
  savedAt: string
  /** The submitted revision the edits started from; null for a first filing. */
  baseRevision: number | null
}

/** Under the draft key: the filing as the filer left it. */
export interface FilingPart extends PartHeader {
  filing: Filing
}

/** Under the draft key plus `:editor`, only while the editor holds unsaved values. */
export interface EditorPart extends PartHeader {
  editor: EditorDraft
}

/** A draft as offered to the filer: both parts read back together. */
export interface Draft {
  savedAt: string
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
  = | {
    status: 'ok'
    filing: FilingPart
    /** The editor's values a version-1 draft held inside the filing part. */
    editor: EditorPart | null
    migratedFrom: number | null
  }
  | { status: 'unreadable', reason: string }

export type EditorPartResult
  = | { status: 'ok', editor: EditorPart }
    | { status: 'unreadable', reason: string }

type Step = (draft: Record<string, unknown>) => Record<string, unknown>

/** MIGRATIONS[n] turns a version-n filing part into a version-(n+1) one. */
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
  // Version 2 moved the editor's values to a key of their own. The step keeps them as
  // `editor`; migrateDraft hands them back as an editor part.
  1: draft => ({ ...draft, schemaVersion: 2 }),
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

function isEditorDraft(value: unknown): value is EditorDraft {
  return isObject(value)
    && typeof value.list === 'string'
    && typeof value.itemId === 'string'
    && isObject(value.values)
}

function headerOf(draft: Record<string, unknown>): PartHeader {
  const baseRevision = typeof draft.baseRevision === 'number' ? draft.baseRevision : null
  return { schemaVersion: DRAFT_SCHEMA_VERSION, savedAt: String(draft.savedAt), baseRevision }
}

type Versioned
  = | { status: 'ok', record: Record<string, unknown>, version: number }
    | { status: 'unreadable', reason: string }

/** The version of a parsed part, when this build knows it. */
function readVersion(raw: unknown): Versioned {
  if (!isObject(raw)) return { status: 'unreadable', reason: 'not an object' }
  const version = versionOf(raw)
  if (version === null) return { status: 'unreadable', reason: 'schemaVersion is not a number' }
  if (version > DRAFT_SCHEMA_VERSION) {
    return { status: 'unreadable', reason: `schemaVersion ${version} is newer than this build` }
  }

  return { status: 'ok', record: raw, version }
}

/** Brings a parsed filing part of any known version up to the current one. */
export function migrateDraft(raw: unknown): MigrationResult {
  const read = readVersion(raw)
  if (read.status !== 'ok') return read

  let draft = read.record
  for (let version = read.version; version < DRAFT_SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS[version]
    if (!step) return { status: 'unreadable', reason: `no migration from version ${version}` }
    draft = step(draft)
  }
  if (typeof draft.savedAt !== 'string' || !isFiling(draft.filing)) {
    return { status: 'unreadable', reason: 'fields missing' }
  }

  const header = headerOf(draft)
  const editor = isEditorDraft(draft.editor) ? { ...header, editor: draft.editor } : null
  return {
    status: 'ok',
    filing: { ...header, filing: draft.filing },
    editor,
    migratedFrom: read.version === DRAFT_SCHEMA_VERSION ? null : read.version,
  }
}

/** Reads a parsed editor part: it exists from version 2 on, so there is nothing to migrate. */
export function readEditorPart(raw: unknown): EditorPartResult {
  const read = readVersion(raw)
  if (read.status !== 'ok') return read
  const { record } = read
  if (read.version !== DRAFT_SCHEMA_VERSION) {
    return { status: 'unreadable', reason: `an editor part of version ${read.version}` }
  }
  if (typeof record.savedAt !== 'string' || !isEditorDraft(record.editor)) {
    return { status: 'unreadable', reason: 'fields missing' }
  }

  return { status: 'ok', editor: { ...headerOf(record), editor: record.editor } }
}

/**
 * The draft to offer from its parts (at least one). Without a filing part the filer had not
 * changed the filing: their editor's values go on top of the one the form shows (`current`).
 */
export function joinDraft(
  filing: FilingPart | null,
  editor: EditorPart | null,
  current: Pick<Draft, 'filing' | 'baseRevision'>,
): Draft {
  const base = filing ?? current
  const times = [filing?.savedAt, editor?.savedAt].filter(time => time !== undefined)
  const savedAt = times.sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? ''

  return { savedAt, baseRevision: base.baseRevision, filing: base.filing, editor: editor?.editor ?? null }
}
