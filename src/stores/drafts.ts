// The filer's draft: saved while they type (debounced) and when the page is hidden, offered
// back on re-entry, cleared by a successful submit (spec §6).
import { defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'

import type { FilingRecord } from '@/api/types'
import {
  createDraftRepository,
  createDraftStorage,
  createDraftWriter,
  joinDraft,
  type Draft,
  type DraftOwner,
  type EditorDraft,
  type FallbackReason,
  type StashedFiling,
} from '@/drafts'
import type { Filing } from '@/domain/filing'
import { normalizeFiling } from '@/domain/rules'
import { takeDraftRestoreAfterReload } from '@/lib/chunkReload'
import { whenIdle } from '@/lib/idle'
import { createLogger } from '@/lib/logger'
import { sameData } from '@/lib/sameData'
import { useFilingStore } from './filing'
import { useSessionStore } from './session'

/** Typing pauses this long before the draft is written: never on the keystroke itself. */
export const DRAFT_SAVE_DEBOUNCE_MS = 400
/** After the pause, the write waits for an idle moment, at most this long. */
export const DRAFT_SAVE_IDLE_TIMEOUT_MS = 200

/** A draft waiting for the filer to continue or discard it. */
export interface DraftOffer {
  draft: Draft
  /** Set when someone submitted after the draft was saved. */
  newerSubmission: { submittedBy: string, submittedAt: string } | null
}

export type SaveState
  = | { status: 'idle' }
    | { status: 'saved', savedAt: string, where: 'device' }
    | { status: 'memoryOnly', savedAt: string, reason: FallbackReason }

const log = createLogger('drafts')

export const useDraftsStore = defineStore('drafts', () => {
  const storage = createDraftStorage()
  const repository = createDraftRepository(storage)
  const writer = createDraftWriter(repository)
  const filingStore = useFilingStore()

  const offer = shallowRef<DraftOffer | null>(null)
  const saveState = shallowRef<SaveState>({ status: 'idle' })
  const stash = shallowRef<StashedFiling | null>(null)
  /** The item being typed in the editor, kept with the draft. */
  const editor = shallowRef<EditorDraft | null>(null)
  /** An editor to reopen once the form shows (restored from a draft). */
  const editorToRestore = shallowRef<EditorDraft | null>(null)
  /** Off until the stored draft was offered and answered: never overwrite it unseen. */
  const armed = shallowRef(false)
  const fallbackReason = shallowRef<FallbackReason | null>(storage.fallbackReason)
  const isMemoryOnly = computed(() => fallbackReason.value !== null)
  let cancelPending: (() => void) | null = null
  /**
   * What storage holds of the offered draft's filing: its parts in the current shape, a draft
   * of an older version (rewritten by the next save), or nothing (only the editor's values).
   */
  let offeredFiling: 'current' | 'migrated' | 'none' = 'none'

  function owner(): DraftOwner | null {
    const session = useSessionStore()
    if (session.state.status !== 'ready') return null
    const { user, enterprise } = session.state.me

    return { userId: user.id, enterpriseId: enterprise.id }
  }

  function cancelTimer(): void {
    cancelPending?.()
    cancelPending = null
  }

  /** Writes what changed of the draft now: the editor's values, the filing, or both. */
  function flush(): void {
    cancelTimer()
    const who = owner()
    if (!armed.value || !who) return

    const savedAt = new Date().toISOString()
    const { filing, baseRevision, editCount } = filingStore
    const results = writer.write(who, { filing, baseRevision, editCount, editor: editor.value }, savedAt)
    if (!results.length) return

    fallbackReason.value = storage.fallbackReason
    const missed = results.find(result => result.status === 'memory')
    saveState.value = missed
      ? { status: 'memoryOnly', savedAt, reason: missed.reason }
      : { status: 'saved', savedAt, where: 'device' }
  }

  // Never on the keystroke: after a pause in typing, then in an idle moment.
  function schedule(): void {
    cancelTimer()
    const timer = setTimeout(() => {
      cancelPending = whenIdle(flush, DRAFT_SAVE_IDLE_TIMEOUT_MS)
    }, DRAFT_SAVE_DEBOUNCE_MS)
    cancelPending = () => clearTimeout(timer)
  }

  watch(() => filingStore.editCount, schedule)
  watch(editor, schedule)

  if (typeof document !== 'undefined') {
    // A WebView sent to the background may be killed without another event.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush()
    })
    window.addEventListener('pagehide', flush)
  }

  /** After the submitted filing loaded: offer a stored draft, or start saving. */
  function inspect(record: FilingRecord | null): void {
    const who = owner()
    if (!who) return
    stash.value = repository.loadStash(who)
    // After our own reload for a new bundle the filer never left: no question to answer.
    const restoreAtOnce = takeDraftRestoreAfterReload()

    const found = repository.load(who)
    if (found.status === 'setAside') {
      log.warn(`draft set aside at ${found.asideKeys.join(', ')}: ${found.reason}`)
    }
    if (found.status !== 'found') {
      // Nothing of ours is stored; what a set-aside left in place is never removed by a save.
      writer.assume({ filing: 'none', editor: 'none' })
      armed.value = true
      return
    }

    const draft = joinDraft(found.filing, found.editor, filingStore)
    const unchanged = record && sameData(normalizeFiling(draft.filing), normalizeFiling(record.filing))
    if (unchanged && !draft.editor) {
      repository.clear(who)
      writer.assume({ filing: 'none', editor: 'none' })
      armed.value = true
      return
    }
    // Without a filing part the draft's filing is the one on the form: nothing newer to warn of.
    const newer = record && found.filing && Date.parse(record.submittedAt) > Date.parse(draft.savedAt)
    offer.value = {
      draft,
      newerSubmission: newer ? { submittedBy: record.submittedBy, submittedAt: record.submittedAt } : null,
    }
    if (!found.filing) offeredFiling = 'none'
    else offeredFiling = found.migratedFrom === null ? 'current' : 'migrated'
    if (restoreAtOnce) continueDraft()
  }

  /** Continues the offered draft, reopening the editor it was saved with. */
  function continueDraft(): void {
    const current = offer.value
    if (!current) return
    // The writer is told only what storage holds. Told of a filing that was never stored, it
    // would store nothing until the filer edits, and then only the parts that changed.
    if (offeredFiling === 'none') {
      // Only the editor's values were stored: the form already shows the draft's filing, and
      // adopting it again would count as an edit and store the whole filing for nothing.
      writer.assume({ filing: 'none', editor: 'unknown' })
    } else {
      filingStore.adoptDraft(current.draft)
      const { filing, baseRevision } = filingStore
      // What is stored stands for the draft, unless it was migrated: then the next save
      // rewrites it in the current shape (a version-1 filing part still holds the editor).
      const stored = offeredFiling === 'current' ? { filing, baseRevision } : 'unknown'
      writer.assume({ filing: stored, editor: 'unknown' })
    }
    // Kept until the reopened editor reports its own values: a reload before it does loses none.
    editor.value = current.draft.editor
    editorToRestore.value = current.draft.editor
    offer.value = null
    armed.value = true
  }

  /** Deletes the offered draft; the submitted filing stays on the form. */
  function discardDraft(): void {
    const who = owner()
    if (who) repository.clear(who)
    writer.assume({ filing: 'none', editor: 'none' })
    offer.value = null
    armed.value = true
  }

  /** Forgets the draft after a successful submit. */
  function clear(): void {
    cancelTimer()
    editor.value = null
    const who = owner()
    if (who) repository.clear(who)
    writer.assume({ filing: 'none', editor: 'none' })
    saveState.value = { status: 'idle' }
  }

  /** Keeps the filer's own version aside before someone else's is loaded (409). */
  function stashMine(filing: Filing): void {
    const who = owner()
    if (!who) return
    const mine = { savedAt: new Date().toISOString(), filing: JSON.parse(JSON.stringify(filing)) as Filing }
    repository.saveStash(who, mine)
    stash.value = mine
  }

  /** Puts the stashed version back on the form, over the loaded one. */
  function restoreStash(): void {
    const who = owner()
    if (!stash.value || !who) return
    filingStore.adoptDraft({ filing: stash.value.filing, baseRevision: filingStore.baseRevision })
    repository.clearStash(who)
    stash.value = null
  }

  function dismissStash(): void {
    const who = owner()
    if (who) repository.clearStash(who)
    stash.value = null
  }

  /** The editor's unsaved values, or null once it closes. */
  function trackEditor(snapshot: EditorDraft | null): void {
    editor.value = snapshot
  }

  return {
    offer,
    saveState,
    stash,
    editor,
    editorToRestore,
    isMemoryOnly,
    fallbackReason,
    flush,
    inspect,
    continueDraft,
    discardDraft,
    clear,
    stashMine,
    restoreStash,
    dismissStash,
    trackEditor,
  }
})
