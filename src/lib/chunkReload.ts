// A redeploy replaces the hashed chunks that an open page still asks for: the next lazy
// route then fails to load. One reload fetches the new bundle; a flag with a timestamp in
// sessionStorage stops a second reload within the window, so a broken deploy cannot loop.
export const CHUNK_RELOAD_KEY = 'safety-roster:chunk-reload'
export const CHUNK_RELOAD_WINDOW_MS = 60_000

interface ReloadMark {
  at: number
  /** Whether the restarted app should continue the draft without asking. */
  restoreDraft: boolean
}

// Chrome, Safari and Firefox word a failed dynamic import differently; Vite adds its own.
const CHUNK_ERROR = /dynamically imported module|module script failed|Unable to preload CSS|ChunkLoadError/i

/** Whether `error` is a lazy chunk that failed to load. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_ERROR.test(`${error.name} ${error.message}`)
}

function readMark(): ReloadMark | null {
  try {
    const raw = sessionStorage.getItem(CHUNK_RELOAD_KEY)
    return raw ? JSON.parse(raw) as ReloadMark : null
  } catch {
    return null
  }
}

function writeMark(mark: ReloadMark): boolean {
  try {
    sessionStorage.setItem(CHUNK_RELOAD_KEY, JSON.stringify(mark))
    return true
  } catch {
    // Without the flag a reload could repeat forever: better not to reload at all.
    return false
  }
}

/**
 * Reloads the app at `path` (a route, e.g. `/confirm`) unless it did so within the window.
 * Returns false when it will not reload; the caller then tells the filer what to do.
 */
export function reloadAt(path: string, now = Date.now()): boolean {
  const mark = readMark()
  if (mark && now - mark.at < CHUNK_RELOAD_WINDOW_MS) return false
  if (!writeMark({ at: now, restoreDraft: true })) return false

  // A failed push never changed the URL: add the target, so back still leads where it did.
  const target = `#${path}`
  if (location.hash !== target) history.pushState(null, '', target)
  location.reload()
  return true
}

/** True once after a reload by {@link reloadAt}: the draft is continued without asking. */
export function takeDraftRestoreAfterReload(): boolean {
  const mark = readMark()
  if (!mark?.restoreDraft) return false

  writeMark({ ...mark, restoreDraft: false })
  return true
}
