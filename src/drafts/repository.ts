// Drafts per user and enterprise: one key each, so one filer never sees another's draft.
import type { Filing } from '@/domain/filing'

import { migrateDraft, type Draft } from './schema'
import type { DraftStorage, WriteResult } from './storage'

export const DRAFT_KEY_PREFIX = 'safety-roster:draft'

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
    | { status: 'found', draft: Draft, migratedFrom: number | null }
    /** Stored under a shape this build cannot read: moved to `asideKey`, not deleted. */
    | { status: 'setAside', asideKey: string, reason: string }

export interface DraftRepository {
  load: (owner: DraftOwner) => DraftLoad
  save: (owner: DraftOwner, draft: Draft) => WriteResult
  clear: (owner: DraftOwner) => void
  loadStash: (owner: DraftOwner) => StashedFiling | null
  saveStash: (owner: DraftOwner, stash: StashedFiling) => WriteResult
  clearStash: (owner: DraftOwner) => void
}

/** The storage key of an owner's draft. */
export function draftKey(owner: DraftOwner): string {
  return `${DRAFT_KEY_PREFIX}:${owner.userId}:${owner.enterpriseId}`
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
  const stashKey = (owner: DraftOwner) => `${draftKey(owner)}:stash`

  return {
    load(owner) {
      const key = draftKey(owner)
      const raw = storage.get(key)
      if (raw === null) return { status: 'none' }

      const result = migrateDraft(parse(raw))
      if (result.status === 'ok') {
        return { status: 'found', draft: result.draft, migratedFrom: result.migratedFrom }
      }

      // A newer build's draft (or a damaged one) may still be read by a later build or by
      // support: move it out of the way instead of overwriting it with the next save.
      const asideKey = `${key}:aside:${now()}`
      // Only once the copy is on the device: a memory copy would vanish with the original.
      if (storage.set(asideKey, raw).status === 'device') storage.remove(key)
      return { status: 'setAside', asideKey, reason: result.reason }
    },
    save: (owner, draft) => storage.set(draftKey(owner), JSON.stringify(draft)),
    clear: owner => storage.remove(draftKey(owner)),
    loadStash(owner) {
      const raw = storage.get(stashKey(owner))
      const value = raw === null ? null : parse(raw) as StashedFiling | null
      return value && typeof value === 'object' && value.filing ? value : null
    },
    saveStash: (owner, stash) => storage.set(stashKey(owner), JSON.stringify(stash)),
    clearStash: owner => storage.remove(stashKey(owner)),
  }
}
