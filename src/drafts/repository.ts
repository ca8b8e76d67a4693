// Drafts per user and enterprise: keys of their own, so one filer never sees another's draft.
// Under the draft key a small manifest names one generation of each part of the filing, each
// under the draft key plus `:part:<name>:<generation>`; the editor's values live under the draft
// key plus `:editor`. Typing in the editor or in the credit code never rewrites a large list.
//
// Consistency (see README): a save writes the changed parts under a new generation, then the
// manifest, and only then removes the parts it superseded. Should a write fail midway (quota),
// the manifest on the device still names the previous parts, all still there: a reader gets
// the earlier draft whole or the new one whole, never a mix.
import type { Filing } from '@/domain/filing'

import {
  assembleFiling,
  DRAFT_SCHEMA_VERSION,
  FILING_PARTS,
  readDraftKey,
  readEditorPart,
  type DraftManifest,
  type EditorPart,
  type FilingPart,
  type FilingPartName,
} from './schema'
import type { DraftStorage, WriteResult } from './storage'

export const DRAFT_KEY_PREFIX = 'safety-roster:draft'
const EDITOR_SUFFIX = ':editor'
const STASH_SUFFIX = ':stash'
const PART_INFIX = ':part:'
const ASIDE_INFIX = ':aside:'

/** Whose draft: the signed-in user at one enterprise. */
export interface DraftOwner {
  userId: string
  enterpriseId: string
}

/** The filer's own version, kept when they load someone else's after a conflict. */
export interface StashedFiling {
  savedAt: string
  filing: Filing
}

/** A save of the filing: all of it at hand, and which parts changed since the last save. */
export interface FilingSave {
  savedAt: string
  baseRevision: number | null
  filing: Filing
  /** Parts to write; any part the stored manifest does not name is written as well. */
  changed: readonly FilingPartName[]
}

export type DraftLoad
  = | { status: 'none' }
    /** At least one part is set. */
    | {
      status: 'found'
      filing: FilingPart | null
      editor: EditorPart | null
      /** The filing's version before migration; null when it was current or absent. */
      migratedFrom: number | null
    }
    /** Stored under a shape this build cannot read: moved to `asideKeys`, not deleted. */
    | { status: 'setAside', asideKeys: string[], reason: string }

export interface DraftRepository {
  load: (owner: DraftOwner) => DraftLoad
  /** Writes the changed parts, then the manifest; reports memory if any write landed there. */
  saveFiling: (owner: DraftOwner, save: FilingSave) => WriteResult
  saveEditor: (owner: DraftOwner, part: EditorPart) => WriteResult
  /** Removes the manifest and every part of the filing. */
  clearFiling: (owner: DraftOwner) => void
  clearEditor: (owner: DraftOwner) => void
  /** Removes every key of the draft: manifest, parts and editor. */
  clear: (owner: DraftOwner) => void
  loadStash: (owner: DraftOwner) => StashedFiling | null
  saveStash: (owner: DraftOwner, stash: StashedFiling) => WriteResult
  clearStash: (owner: DraftOwner) => void
}

/** The storage key of an owner's draft (its manifest). */
export function draftKey(owner: DraftOwner): string {
  return `${DRAFT_KEY_PREFIX}:${owner.userId}:${owner.enterpriseId}`
}

/** The storage key of the editor's unsaved values in an owner's draft. */
export function draftEditorKey(owner: DraftOwner): string {
  return draftKey(owner) + EDITOR_SUFFIX
}

/** The storage key of one generation of one part of an owner's filing. */
export function draftPartKey(owner: DraftOwner, name: FilingPartName, generation: number): string {
  return `${draftKey(owner)}${PART_INFIX}${name}:${generation}`
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return raw
  }
}

type FilingRead
  = | {
    status: 'ok'
    filing: FilingPart
    editor: EditorPart | null
    migratedFrom: number | null
    /** The part keys the draft is made of: any other is left over from a failed save. */
    partKeys: string[]
  }
  | { status: 'unreadable', reason: string }

/** A repository over `storage`; `now` stamps the aside keys. */
export function createDraftRepository(
  storage: DraftStorage,
  now: () => number = Date.now,
): DraftRepository {
  const stashKey = (owner: DraftOwner) => draftKey(owner) + STASH_SUFFIX
  const partKeysOf = (owner: DraftOwner) => storage.keys(draftKey(owner) + PART_INFIX)

  function readFiling(owner: DraftOwner, raw: string): FilingRead {
    const read = readDraftKey(parse(raw))
    if (read.status === 'unreadable') return read
    if (read.status === 'legacy') return { status: 'ok', ...read.migration, partKeys: [] }

    const { manifest } = read
    const partKeys = FILING_PARTS.map(name => draftPartKey(owner, name, manifest.parts[name]))
    const values = Object.fromEntries(FILING_PARTS.map((name, index) => {
      const stored = storage.get(partKeys[index]!)
      return [name, stored === null ? undefined : parse(stored)]
    })) as Record<FilingPartName, unknown>
    const assembled = assembleFiling(manifest, values)
    if (assembled.status !== 'ok') return assembled

    return { status: 'ok', filing: assembled.filing, editor: null, migratedFrom: null, partKeys }
  }

  /** The manifest the next save builds on, or null when there is none to build on. */
  function currentManifest(owner: DraftOwner): DraftManifest | null {
    const raw = storage.get(draftKey(owner))
    const read = raw === null ? null : readDraftKey(parse(raw))

    return read?.status === 'manifest' ? read.manifest : null
  }

  /**
   * Removes parts no manifest names: what a save that failed midway wrote before the failure.
   * Only while writes reach the device: in memory the device's own draft may still need them.
   */
  function sweep(owner: DraftOwner, named: string[]): void {
    if (storage.mode !== 'device') return
    for (const key of partKeysOf(owner)) {
      if (!named.includes(key)) storage.remove(key)
    }
  }

  /**
   * Moves every key of the draft out of the way: a newer build's draft (or a damaged one) may
   * still be read by a later build or by support. The keys stay together under one timestamp.
   */
  function setAside(owner: DraftOwner): string[] {
    const from = draftKey(owner)
    const to = `${from}${ASIDE_INFIX}${now()}`
    const keys = [from, draftEditorKey(owner), ...partKeysOf(owner)]

    // A loop, not flatMap: Array.prototype.flatMap is missing on Chrome 64 (check:dist).
    const moved: string[] = []
    for (const key of keys) {
      const raw = storage.get(key)
      if (raw === null) continue
      const target = to + key.slice(from.length)
      // Only once the copy is on the device: a memory copy would vanish with the original.
      if (storage.set(target, raw).status === 'device') storage.remove(key)
      moved.push(target)
    }

    return moved
  }

  function clearFiling(owner: DraftOwner): void {
    storage.remove(draftKey(owner))
    for (const key of partKeysOf(owner)) storage.remove(key)
  }

  return {
    load(owner) {
      const rawFiling = storage.get(draftKey(owner))
      const rawEditor = storage.get(draftEditorKey(owner))
      if (rawFiling === null && rawEditor === null) {
        sweep(owner, [])
        return { status: 'none' }
      }

      const filing = rawFiling === null ? null : readFiling(owner, rawFiling)
      const editor = rawEditor === null ? null : readEditorPart(parse(rawEditor))
      for (const part of [filing, editor]) {
        if (part?.status === 'unreadable') {
          return { status: 'setAside', asideKeys: setAside(owner), reason: part.reason }
        }
      }
      const read = filing?.status === 'ok' ? filing : null
      sweep(owner, read?.partKeys ?? [])

      return {
        status: 'found',
        filing: read?.filing ?? null,
        // A version-1 draft kept the editor inside the filing part; a separate one is newer.
        editor: (editor?.status === 'ok' ? editor.editor : null) ?? read?.editor ?? null,
        migratedFrom: read?.migratedFrom ?? null,
      }
    },
    saveFiling(owner, { savedAt, baseRevision, filing, changed }) {
      const previous = currentManifest(owner)
      // Above every generation in use, so a new part never lands on a key the manifest names.
      const generation = previous ? Math.max(previous.generation, ...Object.values(previous.parts)) + 1 : 1
      // Without a manifest to build on (none yet, or a version-2 draft) every part is written.
      const written = FILING_PARTS.filter(name => !previous || changed.includes(name))
      const parts = { ...previous?.parts } as DraftManifest['parts']

      const results: WriteResult[] = []
      for (const name of written) {
        parts[name] = generation
        results.push(storage.set(draftPartKey(owner, name, generation), JSON.stringify(filing[name])))
      }
      const manifest: DraftManifest = {
        schemaVersion: DRAFT_SCHEMA_VERSION,
        savedAt,
        baseRevision,
        generation,
        parts,
      }
      const landed = storage.set(draftKey(owner), JSON.stringify(manifest))
      results.push(landed)

      // The superseded parts go only now that the manifest no longer names them. Had it
      // landed in memory, the device's manifest still does: those stay on the device.
      for (const name of written) {
        if (!previous) continue
        const key = draftPartKey(owner, name, previous.parts[name])
        if (landed.status === 'device') storage.remove(key)
        else storage.forget(key)
      }

      return results.find(result => result.status === 'memory') ?? landed
    },
    saveEditor: (owner, part) => storage.set(draftEditorKey(owner), JSON.stringify(part)),
    clearFiling,
    clearEditor: owner => storage.remove(draftEditorKey(owner)),
    clear(owner) {
      clearFiling(owner)
      storage.remove(draftEditorKey(owner))
    },
    loadStash(owner) {
      const raw = storage.get(stashKey(owner))
      const value = raw === null ? null : parse(raw) as StashedFiling | null
      return value && typeof value === 'object' && value.filing ? value : null
    },
    saveStash: (owner, stash) => storage.set(stashKey(owner), JSON.stringify(stash)),
    clearStash: owner => storage.remove(stashKey(owner)),
  }
}
