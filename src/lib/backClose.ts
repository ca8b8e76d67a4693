// Android's back key closes the topmost popup instead of leaving the page (spec §6): each open
// overlay owns one history entry at the same URL, and the back key pops that entry.
//
// Our popstate listener is added when this module loads, before the router and Vant add
// theirs, so it can hide the pops it handles: the router then never sees a "navigation" to
// the same route (which would scroll to the top and re-run guards).
import { nextTick, onBeforeUnmount, watch } from 'vue'

const STATE_MARKER = 'rosterOverlay'

interface Entry {
  onBack: () => void
}

const stack: Entry[] = []
/** Resolvers of pops we caused with history.back(), oldest first. */
const expectedPops: (() => void)[] = []

function onPopState(event: PopStateEvent): void {
  const expected = expectedPops.shift()
  if (expected) {
    event.stopImmediatePropagation()
    expected()
    return
  }
  const top = stack.pop()
  if (!top) return

  event.stopImmediatePropagation()
  top.onBack()
}

if (typeof window !== 'undefined') window.addEventListener('popstate', onPopState)

/** Adds a history entry for an overlay that just opened; `onBack` runs when back pops it. */
export function pushOverlayEntry(onBack: () => void): Entry {
  const entry: Entry = { onBack }
  stack.push(entry)
  // Keep the router's own state fields: it reads history.state on its next push.
  history.pushState({ ...(history.state as object | null), [STATE_MARKER]: stack.length }, '')

  return entry
}

/** Removes the entry of an overlay closed by a tap; resolves once the history is back. */
export function releaseOverlayEntry(entry: Entry): Promise<void> {
  const index = stack.indexOf(entry)
  if (index === -1) return Promise.resolve()

  stack.splice(index, 1)
  return new Promise((resolve) => {
    expectedPops.push(resolve)
    history.back()
  })
}

/** Gives a component's overlay a history entry while `isOpen()`; back calls `close`. */
export function useBackClose(isOpen: () => boolean, close: () => void | Promise<void>): void {
  let entry: Entry | null = null

  async function onBack(): Promise<void> {
    entry = null
    // `close` may ask first (unsaved values) in a dialog with its own entry; when the filer
    // keeps the overlay, it gets its entry back after that dialog's.
    await close()
    await nextTick()
    if (isOpen() && !entry) entry = pushOverlayEntry(() => void onBack())
  }

  watch(isOpen, (open) => {
    if (open && !entry) entry = pushOverlayEntry(() => void onBack())
    if (!open && entry) {
      void releaseOverlayEntry(entry)
      entry = null
    }
  }, { immediate: true })

  onBeforeUnmount(() => {
    if (entry) void releaseOverlayEntry(entry)
  })
}
