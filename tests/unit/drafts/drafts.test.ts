import { describe, expect, it } from 'vitest'

import {
  createDraftRepository,
  createDraftStorage,
  DRAFT_SCHEMA_VERSION,
  draftKey,
  migrateDraft,
  type Draft,
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

function draftOf(filing: Filing): Draft {
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    savedAt: '2026-12-01T02:20:00.000Z',
    baseRevision: 3,
    filing,
    editor: { list: 'specialWorkers', id: null, itemId: 'w1', values: { validFrom: '2022-03-01' } },
  }
}

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
      draft: {
        schemaVersion: DRAFT_SCHEMA_VERSION,
        savedAt: '2026-11-30T01:02:00.000Z',
        baseRevision: null,
        filing,
        editor: null,
      },
    })
  })

  it('should refuse a draft from a newer build without guessing', () => {
    const result = migrateDraft({ ...draftOf(filingWith('陈建国')), schemaVersion: 99 })
    expect(result.status).toBe('unreadable')
  })
})

describe('draft repository', () => {
  it('should keep each user\'s draft under their own key', () => {
    const repository = createDraftRepository(createDraftStorage(localStorage))
    repository.save(ZHANG, draftOf(filingWith('陈建国')))

    expect(repository.load(LI)).toEqual({ status: 'none' })
    const found = repository.load(ZHANG)
    expect(found.status === 'found' && found.draft.filing.principals[0]?.name).toBe('陈建国')
    expect(draftKey(ZHANG)).not.toBe(draftKey(LI))
    localStorage.clear()
  })

  it('should set a newer draft aside instead of dropping it', () => {
    const storage = createDraftStorage(localStorage)
    const newer = JSON.stringify({ ...draftOf(filingWith('陈建国')), schemaVersion: 2 })
    localStorage.setItem(draftKey(ZHANG), newer)

    const result = createDraftRepository(storage, () => 1_700_000_000_000).load(ZHANG)

    expect(result).toMatchObject({ status: 'setAside', asideKey: `${draftKey(ZHANG)}:aside:1700000000000` })
    expect(localStorage.getItem(`${draftKey(ZHANG)}:aside:1700000000000`)).toBe(newer)
    expect(localStorage.getItem(draftKey(ZHANG))).toBeNull()
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
