// The draft in two parts: typing in the editor writes only its small key, the filing is written
// when it changes, and a reload brings both back.
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { nextTick } from 'vue'

import {
  DRAFT_SAVE_EDITOR_MEASURE,
  DRAFT_SAVE_MEASURE,
  draftEditorKey,
  draftKey,
  draftPartKey,
  type DraftManifest,
  type EditorDraft,
} from '@/drafts'
import { emptyFiling, type Principal } from '@/domain/filing'
import {
  DRAFT_SAVE_DEBOUNCE_MS,
  DRAFT_SAVE_IDLE_TIMEOUT_MS,
  useDraftsStore,
} from '@/stores/drafts'
import { useFilingStore } from '@/stores/filing'
import { useSessionStore } from '@/stores/session'
import { SAMPLE_ENTERPRISE } from '@mock/backend/sampleFiling'

const ZHANG = { userId: 'u-zhang', enterpriseId: SAMPLE_ENTERPRISE.id }
const FILING_KEY = draftKey(ZHANG)
const EDITOR_KEY = draftEditorKey(ZHANG)
const PRINCIPAL: Principal = { id: 'p1', name: '陈建国', position: '总经理', phone: '13826451234' }
/** A key per character typed into 姓名 of a new worker, 100 ms apart. */
const TYPED = ['李', '李强']

let setItem: MockInstance<Storage['setItem']>

/** Signs 张伟 in and opens a fresh app: new stores, the same device storage. */
function openApp() {
  setActivePinia(createPinia())
  useSessionStore().state = {
    status: 'ready',
    me: {
      user: { id: ZHANG.userId, name: '张伟', phone: '13902201234' },
      membership: { status: 'approved' },
      enterprise: SAMPLE_ENTERPRISE,
    },
  }
  const drafts = useDraftsStore()
  drafts.inspect(null)

  return { drafts, filing: useFilingStore() }
}

function editorWith(name: string): EditorDraft {
  return { list: 'specialWorkers', id: null, itemId: 'w1', values: { name, validFrom: '2022-03-01' } }
}

/** What the device holds under the draft key, and the principals part its manifest names. */
function storedDraft(): { manifest: DraftManifest, principals: unknown } {
  const manifest = JSON.parse(localStorage.getItem(FILING_KEY)!) as DraftManifest
  const part = localStorage.getItem(draftPartKey(ZHANG, 'principals', manifest.parts.principals))

  return { manifest, principals: JSON.parse(part!) as unknown }
}

/** Lets the debounced, then idle, draft save run. */
async function pause(): Promise<void> {
  await nextTick()
  vi.advanceTimersByTime(DRAFT_SAVE_DEBOUNCE_MS + DRAFT_SAVE_IDLE_TIMEOUT_MS + 1)
}

async function typeInEditor(drafts: ReturnType<typeof useDraftsStore>): Promise<void> {
  for (const name of TYPED) {
    drafts.trackEditor(editorWith(name))
    await nextTick()
    vi.advanceTimersByTime(100)
  }
}

function writtenKeys(): string[] {
  return setItem.mock.calls.map(([key]) => key)
}

beforeEach(() => {
  vi.useFakeTimers()
  setItem = vi.spyOn(localStorage, 'setItem')
})

afterEach(() => {
  vi.useRealTimers()
  localStorage.clear()
})

describe('draft saves', () => {
  it('should write only the editor key while the filer types in the editor', async () => {
    const { drafts, filing } = openApp()
    filing.saveItem('principals', PRINCIPAL)
    await pause()
    setItem.mockClear()

    await typeInEditor(drafts)
    await pause()

    expect(writtenKeys()).toEqual([EDITOR_KEY])
    expect(JSON.parse(localStorage.getItem(EDITOR_KEY)!)).toMatchObject({ editor: editorWith('李强') })
    expect(drafts.saveState.status).toBe('saved')
  })

  it('should write the filing key once an item is saved, and drop the editor key', async () => {
    const { drafts, filing } = openApp()
    await typeInEditor(drafts)
    await pause()
    expect(localStorage.getItem(FILING_KEY)).toBeNull()

    filing.saveItem('principals', PRINCIPAL)
    drafts.trackEditor(null)
    await pause()

    const { manifest, principals } = storedDraft()
    expect(manifest).toMatchObject({ schemaVersion: 3 })
    expect(principals).toEqual([PRINCIPAL])
    expect(localStorage.getItem(EDITOR_KEY)).toBeNull()
  })

  it('should not write the filing again when it did not change', async () => {
    const { drafts, filing } = openApp()
    filing.setCreditCode(SAMPLE_ENTERPRISE.creditCode)
    drafts.flush()
    drafts.flush()

    expect(writtenKeys().filter(key => key === FILING_KEY)).toHaveLength(1)
  })

  it('should measure each write as draft-save or draft-save-editor', () => {
    const measure = vi.spyOn(performance, 'measure')
    const { drafts, filing } = openApp()
    filing.saveItem('principals', PRINCIPAL)
    drafts.trackEditor(editorWith('李强'))
    drafts.flush()

    expect(measure.mock.calls.map(([name]) => name)).toEqual([DRAFT_SAVE_MEASURE, DRAFT_SAVE_EDITOR_MEASURE])
  })

  it('should still save where the browser has no performance.measure', () => {
    vi.stubGlobal('performance', { now: () => 0 })
    const { drafts } = openApp()
    drafts.trackEditor(editorWith('李强'))
    drafts.flush()
    vi.unstubAllGlobals()

    expect(localStorage.getItem(EDITOR_KEY)).not.toBeNull()
    expect(drafts.saveState.status).toBe('saved')
  })
})

describe('draft restore', () => {
  it('should offer and restore both the filing and the editor values after a reload', async () => {
    const before = openApp()
    before.filing.saveItem('principals', PRINCIPAL)
    await pause()
    await typeInEditor(before.drafts)
    before.drafts.flush()

    const { drafts, filing } = openApp()
    expect(drafts.offer?.draft).toMatchObject({ filing: { principals: [PRINCIPAL] }, editor: editorWith('李强') })
    drafts.continueDraft()

    expect(filing.filing.principals).toEqual([PRINCIPAL])
    expect(drafts.editorToRestore).toEqual(editorWith('李强'))
  })

  it('should offer editor values typed on an unchanged filing over the filing on the form', async () => {
    const before = openApp()
    await typeInEditor(before.drafts)
    before.drafts.flush()

    const { drafts } = openApp()

    expect(localStorage.getItem(FILING_KEY)).toBeNull()
    expect(drafts.offer?.draft).toMatchObject({ filing: { principals: [] }, editor: editorWith('李强') })
  })

  it('should continue a version-1 draft and store it again in the current shape', async () => {
    const old = {
      schemaVersion: 1,
      savedAt: '2026-12-01T02:20:00.000Z',
      baseRevision: null,
      filing: { ...emptyFiling(SAMPLE_ENTERPRISE.creditCode), principals: [PRINCIPAL] },
      editor: editorWith('李强'),
    }
    localStorage.setItem(FILING_KEY, JSON.stringify(old))

    const { drafts } = openApp()
    expect(drafts.offer?.draft).toMatchObject({ filing: { principals: [PRINCIPAL] }, editor: editorWith('李强') })
    drafts.continueDraft()
    await pause()

    const { manifest, principals } = storedDraft()
    expect(manifest).toMatchObject({ schemaVersion: 3 })
    expect(manifest).not.toHaveProperty('editor')
    expect(principals).toEqual([PRINCIPAL])
    expect(JSON.parse(localStorage.getItem(EDITOR_KEY)!)).toMatchObject({ editor: editorWith('李强') })
  })
})
