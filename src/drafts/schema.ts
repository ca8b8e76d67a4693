// The stored draft and its migrations. From version 3 the filing is kept in parts, one per
// list plus the enterprise, named by a small manifest under the draft key: a change to one list
// (or to the credit code) rewrites that part and the manifest, not the ~600,000 characters of a
// 3,000-worker filing. The editor's unsaved values keep a key of their own. Versions 0-2 kept
// the filing whole under the draft key; each gets one step up to the next version. A draft this
// build cannot read is set aside by the repository, never dropped.
import type { Filing, FilingListKey } from '@/domain/filing'

export const DRAFT_SCHEMA_VERSION = 3

/** The parts a version-3 filing is stored in, each under a key of its own. */
export const FILING_PARTS = ['enterprise', 'principals', 'workshops', 'teams', 'specialWorkers'] as const

export type FilingPartName = typeof FILING_PARTS[number]

/** The item being typed in the bottom-sheet editor when the draft was saved. */
export interface EditorDraft {
  list: FilingListKey
  /** null when the item was being added. */
  id: string | null
  itemId: string
  values: Record<string, string>
}

/** What the filing and the editor part share: when the device saved them, what edits began from. */
interface PartHeader {
  schemaVersion: typeof DRAFT_SCHEMA_VERSION
  /** ISO 8601, when the device saved it. */
  savedAt: string
  /** The submitted revision the edits started from; null for a first filing. */
  baseRevision: number | null
}

/** The filing as the filer left it, read back from its parts (or migrated from one key). */
export interface FilingPart extends PartHeader {
  filing: Filing
}

/**
 * Under the draft key: which generation of each part makes up the draft. Written after the
 * parts it names, so a save that fails midway leaves the previous manifest, and the parts it
 * names, in place.
 */
export interface DraftManifest extends PartHeader {
  /** The save that wrote this manifest; the next one writes its changed parts as `+ 1`. */
  generation: number
  parts: Record<FilingPartName, number>
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

/** What the draft key holds, read. */
export type DraftKeyResult
  = | { status: 'manifest', manifest: DraftManifest }
    /** A whole filing under one key (versions 0-2), brought up to the current shape. */
    | { status: 'legacy', migration: LegacyDraft }
    | { status: 'unreadable', reason: string }

export type MigrationResult = ({ status: 'ok' } & LegacyDraft) | { status: 'unreadable', reason: string }

interface LegacyDraft {
  filing: FilingPart
  /** The editor's values a version-1 draft held inside the filing part. */
  editor: EditorPart | null
  migratedFrom: number
}

export type EditorPartResult
  = | { status: 'ok', editor: EditorPart }
    | { status: 'unreadable', reason: string }

export type AssembleResult
  = | { status: 'ok', filing: FilingPart }
    | { status: 'unreadable', reason: string }

type Step = (draft: Record<string, unknown>) => Record<string, unknown>

/** MIGRATIONS[n] turns a version-n single-key draft into a version-(n+1) one. */
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
  // Version 3 splits the filing into parts; read whole, a version-2 draft already has the
  // shape. The writer stores it in parts on its first save (nothing is rewritten on reading).
  2: draft => ({ ...draft, schemaVersion: 3 }),
}

/** The last version that kept the whole filing under the draft key. */
const LAST_SINGLE_KEY_VERSION = 2

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function versionOf(draft: Record<string, unknown>): number | null {
  if (!('schemaVersion' in draft)) return 0
  return typeof draft.schemaVersion === 'number' ? draft.schemaVersion : null
}

function isEnterprise(value: unknown): value is Filing['enterprise'] {
  return isObject(value) && typeof value.creditCode === 'string'
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

function isGeneration(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
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

/** Brings a parsed single-key draft (versions 0-2) up to the current version's shape. */
export function migrateDraft(raw: unknown): MigrationResult {
  const read = readVersion(raw)
  if (read.status !== 'ok') return read
  if (read.version > LAST_SINGLE_KEY_VERSION) {
    return { status: 'unreadable', reason: `a version-${read.version} draft is read through its manifest` }
  }

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
  return { status: 'ok', filing: { ...header, filing: draft.filing }, editor, migratedFrom: read.version }
}

function readManifest(record: Record<string, unknown>): DraftKeyResult {
  const { parts } = record
  if (typeof record.savedAt !== 'string' || !isGeneration(record.generation) || !isObject(parts)) {
    return { status: 'unreadable', reason: 'manifest fields missing' }
  }
  const missing = FILING_PARTS.filter(name => !isGeneration(parts[name]))
  if (missing.length) return { status: 'unreadable', reason: `manifest names no ${missing.join(', ')}` }

  const manifest: DraftManifest = {
    ...headerOf(record),
    generation: record.generation,
    parts: parts as DraftManifest['parts'],
  }
  return { status: 'manifest', manifest }
}

/** Reads what the draft key holds: a version-3 manifest, or an older draft migrated. */
export function readDraftKey(raw: unknown): DraftKeyResult {
  const read = readVersion(raw)
  if (read.status !== 'ok') return read
  if (read.version === DRAFT_SCHEMA_VERSION) return readManifest(read.record)

  const migration = migrateDraft(raw)
  if (migration.status !== 'ok') return migration
  const { filing, editor, migratedFrom } = migration
  return { status: 'legacy', migration: { filing, editor, migratedFrom } }
}

/** The filing a manifest names, from its parts' parsed values (undefined: the key is missing). */
export function assembleFiling(
  manifest: DraftManifest,
  values: Record<FilingPartName, unknown>,
): AssembleResult {
  const { enterprise, principals, workshops, teams, specialWorkers } = values
  if (!isEnterprise(enterprise)) return { status: 'unreadable', reason: 'enterprise part missing' }
  const lists = { principals, workshops, teams, specialWorkers }
  const missing = Object.entries(lists).filter(([, list]) => !Array.isArray(list)).map(([name]) => name)
  if (missing.length) return { status: 'unreadable', reason: `${missing.join(', ')} part missing` }

  const { schemaVersion, savedAt, baseRevision } = manifest
  const filing = { enterprise, ...lists } as Filing
  return { status: 'ok', filing: { schemaVersion, savedAt, baseRevision, filing } }
}

/** Reads a parsed editor part. Version 2 stored the same shape, so it reads as it is. */
export function readEditorPart(raw: unknown): EditorPartResult {
  const read = readVersion(raw)
  if (read.status !== 'ok') return read
  const { record } = read
  if (read.version < LAST_SINGLE_KEY_VERSION) {
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
