import { describe, expect, it } from 'vitest'

import {
  createDraftRepository,
  createDraftStorage,
  DRAFT_SCHEMA_VERSION,
  draftEditorKey,
  draftKey,
  FILING_PARTS,
  migrateDraft,
  type EditorDraft,
  type FilingPart,
  type FilingSave,
} from '@/drafts'
import { emptyFiling, type Filing } from '@/domain/filing'

const ZHANG = { userId: 'u-zhang', enterpriseId: 'E1' }
const LI = { userId: 'u-li', enterpriseId: 'E1' }

function filingWith(name: string): Filing {
  return {
    ...emptyFiling('91440300568520498A'),
    principals: [{ id: 'p1', name, position: '总经理', phone: '13826451234' }],
  }
}

const EDITOR: EditorDraft = {
  list: 'specialWorkers',
  id: null,
  itemId: 'w1',
  values: { name: '李强', validFrom: '2022-03-01' },
}

function partOf(filing: Filing): FilingPart {
  return { schemaVersion: DRAFT_SCHEMA_VERSION, savedAt: '2026-12-01T02:20:00.000Z', baseRevision: 3, filing }
}

/** A version-2 draft: the whole filing under the draft key. */
function v2Of(filing: Filing) {
  return { ...partOf(filing), schemaVersion: 2 }
}

/** A save of the whole filing, as the writer makes it when nothing is known to be stored. */
function saveOf(filing: Filing): FilingSave {
  return { savedAt: '2026-12-01T02:20:00.000Z', baseRevision: 3, filing, changed: FILING_PARTS }
}

const NEWER = DRAFT_SCHEMA_VERSION + 1

/** A Storage whose setItem throws like a full quota, after `room` writes. */
function fullStorage(room = 0): Storage {
  const map = new Map<string, string>()
  let writes = 0
  return {
    get length() {
      return map.size
    },
    key: index => [...map.keys()][index] ?? null,
    getItem: key => map.get(key) ?? null,
    setItem(key, value) {
      writes += 1
      if (writes > room) throw new DOMException('full', 'QuotaExceededError')
      map.set(key, value)
    },
    removeItem: key => void map.delete(key),
    clear: () => map.clear(),
  }
}

describe('draft migrations', () => {
  it('should bring a version-0 draft up to the current version', () => {
    const filing = filingWith('陈建国')
    const result = migrateDraft({ savedAt: Date.UTC(2026, 10, 30, 1, 2), filing })

    expect(result).toEqual({
      status: 'ok',
      migratedFrom: 0,
      filing: {
        schemaVersion: DRAFT_SCHEMA_VERSION,
        savedAt: '2026-11-30T01:02:00.000Z',
        baseRevision: null,
        filing,
      },
      editor: null,
    })
  })

  it('should split a version-1 draft\'s editor values off its filing', () => {
    const filing = filingWith('陈建国')
    const savedAt = '2026-12-01T02:20:00.000Z'
    const result = migrateDraft({ schemaVersion: 1, savedAt, baseRevision: 3, filing, editor: EDITOR })

    const header = { schemaVersion: DRAFT_SCHEMA_VERSION, savedAt, baseRevision: 3 }
    expect(result).toEqual({
      status: 'ok',
      migratedFrom: 1,
      filing: { ...header, filing },
      editor: { ...header, editor: EDITOR },
    })
  })

  it('should bring a version-2 draft up to the current version as it was', () => {
    const filing = filingWith('陈建国')
    const result = migrateDraft(v2Of(filing))

    expect(result).toEqual({ status: 'ok', migratedFrom: 2, filing: partOf(filing), editor: null })
  })

  it('should refuse a draft from a newer build without guessing', () => {
    const result = migrateDraft({ ...partOf(filingWith('陈建国')), schemaVersion: 99 })
    expect(result.status).toBe('unreadable')
  })
})

describe('draft repository', () => {
  it('should keep each user\'s draft under their own key', () => {
    const repository = createDraftRepository(createDraftStorage(localStorage))
    repository.saveFiling(ZHANG, saveOf(filingWith('陈建国')))

    expect(repository.load(LI)).toEqual({ status: 'none' })
    const found = repository.load(ZHANG)
    expect(found.status === 'found' && found.filing?.filing.principals[0]?.name).toBe('陈建国')
    expect(draftKey(ZHANG)).not.toBe(draftKey(LI))
    expect(draftEditorKey(ZHANG)).not.toBe(draftEditorKey(LI))
    localStorage.clear()
  })

  it('should load a version-1 draft with the editor values it held inside', () => {
    const filing = filingWith('陈建国')
    const v1 = { schemaVersion: 1, savedAt: '2026-12-01T02:20:00.000Z', baseRevision: 3, filing, editor: EDITOR }
    localStorage.setItem(draftKey(ZHANG), JSON.stringify(v1))

    const found = createDraftRepository(createDraftStorage(localStorage)).load(ZHANG)

    expect(found).toMatchObject({ status: 'found', migratedFrom: 1, filing: { filing }, editor: { editor: EDITOR } })
    localStorage.clear()
  })

  it('should load a version-2 draft and its editor part as they were stored', () => {
    const filing = filingWith('陈建国')
    localStorage.setItem(draftKey(ZHANG), JSON.stringify(v2Of(filing)))
    const editor = { schemaVersion: 2, savedAt: '2026-12-01T02:21:00.000Z', baseRevision: 3, editor: EDITOR }
    localStorage.setItem(draftEditorKey(ZHANG), JSON.stringify(editor))

    const found = createDraftRepository(createDraftStorage(localStorage)).load(ZHANG)

    expect(found).toEqual({
      status: 'found',
      migratedFrom: 2,
      filing: partOf(filing),
      editor: { ...editor, schemaVersion: DRAFT_SCHEMA_VERSION },
    })
    localStorage.clear()
  })

  it('should set a newer draft aside with its editor values instead of dropping them', () => {
    const storage = createDraftStorage(localStorage)
    const newer = JSON.stringify({ ...partOf(filingWith('陈建国')), schemaVersion: NEWER })
    const newerEditor = JSON.stringify({ schemaVersion: NEWER, savedAt: '2026-12-01T02:21:00.000Z', editor: EDITOR })
    localStorage.setItem(draftKey(ZHANG), newer)
    localStorage.setItem(draftEditorKey(ZHANG), newerEditor)

    const result = createDraftRepository(storage, () => 1_700_000_000_000).load(ZHANG)

    const aside = `${draftKey(ZHANG)}:aside:1700000000000`
    expect(result).toMatchObject({ status: 'setAside', asideKeys: [aside, `${aside}:editor`] })
    expect(localStorage.getItem(aside)).toBe(newer)
    expect(localStorage.getItem(`${aside}:editor`)).toBe(newerEditor)
    expect(localStorage.getItem(draftKey(ZHANG))).toBeNull()
    expect(localStorage.getItem(draftEditorKey(ZHANG))).toBeNull()
    localStorage.clear()
  })

  it('should set both parts aside when only the editor part is from a newer build', () => {
    const storage = createDraftStorage(localStorage)
    const filing = JSON.stringify(v2Of(filingWith('陈建国')))
    const newerEditor = JSON.stringify({ schemaVersion: NEWER, savedAt: '2026-12-01T02:21:00.000Z', editor: EDITOR })
    localStorage.setItem(draftKey(ZHANG), filing)
    localStorage.setItem(draftEditorKey(ZHANG), newerEditor)

    const result = createDraftRepository(storage, () => 1_700_000_000_000).load(ZHANG)

    const aside = `${draftKey(ZHANG)}:aside:1700000000000`
    expect(result).toMatchObject({ status: 'setAside', asideKeys: [aside, `${aside}:editor`] })
    expect(localStorage.getItem(aside)).toBe(filing)
    localStorage.clear()
  })
})

describe('draft storage', () => {
  it('should fall back to memory when localStorage is full and say so on every write', () => {
    const storage = createDraftStorage(fullStorage())
    expect(storage.mode).toBe('memory')

    const result = storage.set('safety-roster:draft:u-zhang:E1', '{}')
    expect(result).toEqual({ status: 'memory', reason: 'full' })
    expect(storage.get('safety-roster:draft:u-zhang:E1')).toBe('{}')
  })

  it('should switch to memory when a write fails later, never reporting it as on the device', () => {
    const storage = createDraftStorage(fullStorage(2))
    expect(storage.mode).toBe('device')
    expect(storage.set('a', '1')).toEqual({ status: 'device' })

    expect(storage.set('b', '2')).toEqual({ status: 'memory', reason: 'full' })
    expect(storage.mode).toBe('memory')
    expect(storage.get('b')).toBe('2')
  })

  it('should work in memory where localStorage is missing', () => {
    const storage = createDraftStorage(null)
    expect(storage.set('a', '1')).toEqual({ status: 'memory', reason: 'unavailable' })
    expect(storage.keys('a')).toEqual(['a'])
  })
})
