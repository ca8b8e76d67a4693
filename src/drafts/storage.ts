// Where drafts live: localStorage when the WebView lets us write it, else a Map for this
// session. A write reports where it landed, so the UI never calls a memory copy "saved".
export type StorageMode = 'device' | 'memory'

/** Why drafts fell back to memory. */
export type FallbackReason = 'unavailable' | 'full'

export type WriteResult
  = | { status: 'device' }
    | { status: 'memory', reason: FallbackReason }

export interface DraftStorage {
  /** Where the next write goes. */
  readonly mode: StorageMode
  readonly fallbackReason: FallbackReason | null
  get: (key: string) => string | null
  set: (key: string, value: string) => WriteResult
  remove: (key: string) => void
  /**
   * Removes the memory copy of `key` only. Once writes fall back to memory the device keeps
   * the last draft it fully received; a part superseded in memory may still belong to it.
   */
  forget: (key: string) => void
  /** Every key starting with `prefix`, device and memory alike. */
  keys: (prefix: string) => string[]
}

const PROBE_KEY = 'safety-roster:probe'

/** localStorage, or null where reading it throws (some WebViews with storage disabled). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

function canWrite(storage: Storage): boolean {
  try {
    storage.setItem(PROBE_KEY, '1')
    storage.removeItem(PROBE_KEY)
    return true
  } catch {
    return false
  }
}

/** A storage adapter over `backing`, falling back to memory when it is missing or full. */
export function createDraftStorage(backing: Storage | null = browserStorage()): DraftStorage {
  const memory = new Map<string, string>()
  let reason: FallbackReason | null = null
  if (!backing) reason = 'unavailable'
  else if (!canWrite(backing)) reason = 'full'

  function readDevice(key: string): string | null {
    try {
      return backing?.getItem(key) ?? null
    } catch {
      return null
    }
  }

  function deviceKeys(): string[] {
    if (!backing) return []
    try {
      return Array.from({ length: backing.length }, (_, index) => backing.key(index) ?? '')
    } catch {
      return []
    }
  }

  return {
    get mode() {
      return reason ? 'memory' : 'device'
    },
    get fallbackReason() {
      return reason
    },
    get: key => memory.get(key) ?? readDevice(key),
    set(key, value) {
      if (backing && !reason) {
        try {
          backing.setItem(key, value)
          return { status: 'device' }
        } catch {
          // QuotaExceededError (or Safari private mode): keep working in memory from now on.
          reason = 'full'
        }
      }
      memory.set(key, value)
      return { status: 'memory', reason: reason ?? 'unavailable' }
    },
    remove(key) {
      memory.delete(key)
      try {
        backing?.removeItem(key)
      } catch {
        // Nothing to undo: a key we cannot remove was never readable through this adapter.
      }
    },
    forget: key => void memory.delete(key),
    keys: prefix => [...new Set([...memory.keys(), ...deviceKeys()])]
      .filter(key => key.startsWith(prefix)),
  }
}
