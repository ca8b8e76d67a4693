// Drafts per user and enterprise: keys of their own, so one filer never sees another's draft.
// The filing part lives under the draft key, the editor's values under the same key plus
// `:editor`, so typing in the editor never rewrites the (large) filing.
import type { Filing } from '@/domain/filing'

import {
  migrateDraft,
  readEditorPart,
  type EditorPart,
  type FilingPart,
} from './schema'
import type { DraftStorage, WriteResult } from './storage'

export const DRAFT_KEY_PREFIX = 'safety-roster:draft'
const EDITOR_SUFFIX = ':editor'
const STASH_SUFFIX = ':stash'

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

export type DraftLoad
  = | { status: 'none' }
    /** At least one part is set. */
    | {
      status: 'found'
      filing: FilingPart | null
      editor: EditorPart | null
      /** The filing part's version before migration; null when it was current or absent. */
      migratedFrom: number | null
    }
    /** Stored under a shape this build cannot read: moved to `asideKeys`, not deleted. */
    | { status: 'setAside', asideKeys: string[], reason: string }

export interface DraftRepository {
  load: (owner: DraftOwner) => DraftLoad
  saveFiling: (owner: DraftOwner, part: FilingPart) => WriteResult
  saveEditor: (owner: DraftOwner, part: EditorPart) => WriteResult
  clearFiling: (owner: DraftOwner) => void
  clearEditor: (owner: DraftOwner) => void
  /** Removes both parts. */
  clear: (owner: DraftOwner) => void
  loadStash: (owner: DraftOwner) => StashedFiling | null
  saveStash: (owner: DraftOwner, stash: StashedFiling) => WriteResult
  clearStash: (owner: DraftOwner) => void
}

/** The storage key of an owner's draft (its filing part). */
export function draftKey(owner: DraftOwner): string {
  return `${DRAFT_KEY_PREFIX}:${owner.userId}:${owner.enterpriseId}`
}

/** The storage key of the editor's unsaved values in an owner's draft. */
export function draftEditorKey(owner: DraftOwner): string {
  return draftKey(owner) + EDITOR_SUFFIX
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return raw
  }
}

/** A repository over `storage`; `now` stamps the aside keys. */
export function createDraftRepository(
  storage: DraftStorage,
  now: () => number = Date.now,
): DraftRepository {
  const stashKey = (owner: DraftOwner) => draftKey(owner) + STASH_SUFFIX

  /**
   * Moves both parts out of the way: a newer build's draft (or a damaged one) may still be read
   * by a later build or by support. The parts stay together under one timestamp.
   */
  function setAside(owner: DraftOwner, raws: [string | null, string | null]): string[] {
    const asideKey = `${draftKey(owner)}:aside:${now()}`
    const moves = [
      { from: draftKey(owner), to: asideKey, raw: raws[0] },
      { from: draftEditorKey(owner), to: asideKey + EDITOR_SUFFIX, raw: raws[1] },
    ]

    // A loop, not flatMap: Array.prototype.flatMap is missing on Chrome 64 (check:dist).
    const moved: string[] = []
    for (const { from, to, raw } of moves) {
      if (raw === null) continue
      // Only once the copy is on the device: a memory copy would vanish with the original.
      if (storage.set(to, raw).status === 'device') storage.remove(from)
      moved.push(to)
    }

    return moved
  }

  return {
    load(owner) {
      const raws: [string | null, string | null] = [
        storage.get(draftKey(owner)),
        storage.get(draftEditorKey(owner)),
      ]
      if (raws[0] === null && raws[1] === null) return { status: 'none' }

      const filing = raws[0] === null ? null : migrateDraft(parse(raws[0]))
      const editor = raws[1] === null ? null : readEditorPart(parse(raws[1]))
      for (const part of [filing, editor]) {
        if (part?.status === 'unreadable') {
          return { status: 'setAside', asideKeys: setAside(owner, raws), reason: part.reason }
        }
      }

      return {
        status: 'found',
        filing: filing?.status === 'ok' ? filing.filing : null,
        // A version-1 draft kept the editor inside the filing part; a separate one is newer.
        editor: (editor?.status === 'ok' ? editor.editor : null)
          ?? (filing?.status === 'ok' ? filing.editor : null),
        migratedFrom: filing?.status === 'ok' ? filing.migratedFrom : null,
      }
    },
    saveFiling: (owner, part) => storage.set(draftKey(owner), JSON.stringify(part)),
    saveEditor: (owner, part) => storage.set(draftEditorKey(owner), JSON.stringify(part)),
    clearFiling: owner => storage.remove(draftKey(owner)),
    clearEditor: owner => storage.remove(draftEditorKey(owner)),
    clear(owner) {
      storage.remove(draftKey(owner))
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
