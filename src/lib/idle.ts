// Work that may wait for a quiet moment on the main thread, so it never lands inside a tap or
// a keystroke's handling.

/** Runs `task` once the main thread is idle, at the latest after `timeoutMs`; returns a cancel. */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }

  // Safari and iOS WebViews (iOS 12 included) have no requestIdleCallback: the next task.
  const handle = setTimeout(task, 0)
  return () => clearTimeout(handle)
}
