// The filing stored in parts (schema version 3): a save writes the parts that changed and then
// the manifest, so a save that fails midway leaves the earlier draft whole on the device.
import { describe, expect, it } from 'vitest'

import {
  createDraftRepository,
  createDraftStorage,
  createDraftWriter,
  DRAFT_SCHEMA_VERSION,
  draftEditorKey,
  draftKey,
  FILING_PARTS,
  type DraftLoad,
  type DraftState,
  type EditorDraft,
} from '@/drafts'
import type { Filing, SpecialWorker } from '@/domain/filing'
import { LARGE_ENTERPRISE, mulberry32, randomFiling } from '@mock/fixtures/generators'

const ZHANG = { userId: 'u-zhang', enterpriseId: 'E1' }
const KEY = draftKey(ZHANG)
const SAVED_AT = '2026-12-01T02:20:00.000Z'
const EDITOR: EditorDraft = { list: 'principals', id: null, itemId: 'p9', values: { name: '黄志明' } }

interface Write {
  key: string
  chars: number
}

/**
 * localStorage as a phone keeps it, recording each write of a draft key; `failAfter(n)` makes
 * the write after the next `n` throw like a full quota (the adapter then writes to memory).
 */
function deviceStorage() {
  const map = new Map<string, string>()
  const writes: Write[] = []
  let room = Infinity
  const storage: Storage = {
    get length() {
      return map.size
    },
    key: index => [...map.keys()][index] ?? null,
    getItem: key => map.get(key) ?? null,
    setItem(key, value) {
      if (!key.startsWith(KEY)) return void map.set(key, value)
      if (room <= 0) throw new DOMException('full', 'QuotaExceededError')
      room -= 1
      writes.push({ key, chars: value.length })
      map.set(key, value)
    },
    removeItem: key => void map.delete(key),
    clear: () => map.clear(),
  }

  return {
    storage,
    writes,
    failAfter(count: number) {
      room = count
    },
    draftKeys: () => [...map.keys()].filter(key => key.startsWith(KEY)).sort(),
  }
}

/** One page: its own adapter (with its memory fallback) and writer over the device's storage. */
function openPage(device: Storage) {
  const storage = createDraftStorage(device)
  const repository = createDraftRepository(storage, () => 1_700_000_000_000)
  const writer = createDraftWriter(repository)
  writer.assume({ filing: 'none', editor: 'none' })

  return {
    storage,
    repository,
    save: (filing: Filing, editor: EditorDraft | null = null) => {
      const state: DraftState = { filing, baseRevision: 3, editCount: 1, editor }
      return writer.write(ZHANG, state, SAVED_AT)
    },
  }
}

function smallFiling(): Filing {
  return randomFiling(mulberry32(1), { principals: 2, workshops: 2, specialWorkers: 5 })
}

function withCreditCode(filing: Filing, creditCode: string): Filing {
  return { ...filing, enterprise: { creditCode } }
}

function withWorkerPhone(filing: Filing, index: number, phone: string): Filing {
  const specialWorkers = filing.specialWorkers
    .map((worker, at): SpecialWorker => at === index ? { ...worker, phone } : worker)
  return { ...filing, specialWorkers }
}

function filingOf(load: DraftLoad): Filing | null {
  return load.status === 'found' ? load.filing?.filing ?? null : null
}

const partKey = (name: string) => new RegExp(`^${KEY}:part:${name}:\\d+$`)

describe('draft parts', () => {
  it('should write only the enterprise part and the manifest when the credit code changes', () => {
    const device = deviceStorage()
    const page = openPage(device.storage)
    const large = randomFiling(mulberry32(6), LARGE_ENTERPRISE)
    page.save(large)
    const whole = device.writes.reduce((sum, write) => sum + write.chars, 0)
    device.writes.length = 0

    let filing = large
    for (const creditCode of ['9', '91', '914', '9144']) {
      filing = withCreditCode(filing, creditCode)
      page.save(filing)
    }

    expect(whole).toBeGreaterThan(500_000)
    expect(device.writes.map(write => write.key.replace(/:\d+$/, ''))).toEqual(
      Array.from({ length: 4 }, () => [`${KEY}:part:enterprise`, KEY]).flat(),
    )
    expect(Math.max(...device.writes.map(write => write.chars))).toBeLessThan(300)
    expect(filingOf(openPage(device.storage).repository.load(ZHANG))).toEqual(filing)
  })

  it('should write only the workers part and the manifest when a worker is edited', () => {
    const device = deviceStorage()
    const page = openPage(device.storage)
    const filing = smallFiling()
    page.save(filing)
    device.writes.length = 0

    const edited = withWorkerPhone(filing, 3, '13912340000')
    page.save(edited)

    expect(device.writes.map(write => write.key)).toEqual([
      expect.stringMatching(partKey('specialWorkers')),
      KEY,
    ])
    expect(filingOf(openPage(device.storage).repository.load(ZHANG))).toEqual(edited)
  })

  it('should remove the part a save superseded, keeping one key per part', () => {
    const device = deviceStorage()
    const page = openPage(device.storage)
    const filing = smallFiling()
    page.save(filing)
    page.save(withWorkerPhone(filing, 0, '13912340000'))

    expect(device.draftKeys()).toHaveLength(1 + FILING_PARTS.length)
  })

  it('should store every part when a save has no manifest to build on', () => {
    const device = deviceStorage()
    const page = openPage(device.storage)
    // Told that a filing is stored when none is: the repository still writes every part.
    const filing = smallFiling()
    const writer = createDraftWriter(page.repository)
    writer.assume({ filing: { filing, baseRevision: 3 }, editor: 'none' })
    const edited = withCreditCode(filing, '91440300568520498A')
    writer.write(ZHANG, { filing: edited, baseRevision: 3, editCount: 1, editor: null }, SAVED_AT)

    expect(filingOf(openPage(device.storage).repository.load(ZHANG))).toEqual(edited)
  })
})

describe('a save that fails midway', () => {
  const before = smallFiling()
  const after = withWorkerPhone(
    { ...withCreditCode(before, '9144030071526726XG'), principals: before.principals.slice(1) },
    1,
    '13912340000',
  )
  /** The save of `after` writes three parts and the manifest: it may fail at any of them. */
  const WRITES = 4

  for (let written = 0; written < WRITES; written += 1) {
    it(`should read back the earlier draft whole after a reload when write ${written + 1} of ${WRITES} fails`, () => {
      const device = deviceStorage()
      const page = openPage(device.storage)
      page.save(before)
      device.failAfter(written)

      const results = page.save(after)

      expect(results).toEqual([{ status: 'memory', reason: 'full' }])
      expect(page.storage.mode).toBe('memory')
      // This page reads memory first: the new draft, whole.
      expect(filingOf(page.repository.load(ZHANG))).toEqual(after)
      // After a reload only the device counts: the earlier draft, whole, and no leftovers.
      device.failAfter(Infinity)
      expect(filingOf(openPage(device.storage).repository.load(ZHANG))).toEqual(before)
      expect(device.draftKeys()).toHaveLength(1 + FILING_PARTS.length)
    })
  }

  it('should keep the earlier draft on the device through later saves in memory', () => {
    const device = deviceStorage()
    const page = openPage(device.storage)
    page.save(before)
    device.failAfter(1)
    page.save(after)

    const later = { ...after, principals: [], specialWorkers: [] }
    page.save(later)

    expect(filingOf(page.repository.load(ZHANG))).toEqual(later)
    expect(filingOf(openPage(device.storage).repository.load(ZHANG))).toEqual(before)
  })

  it('should offer nothing after a reload when the first save fails midway', () => {
    const device = deviceStorage()
    const page = openPage(device.storage)
    device.failAfter(2)
    page.save(before)

    device.failAfter(Infinity)
    expect(openPage(device.storage).repository.load(ZHANG)).toEqual({ status: 'none' })
    expect(device.draftKeys()).toEqual([])
  })
})

describe('reading parts', () => {
  it('should set a draft aside, parts and all, when its manifest names a part that is missing', () => {
    const device = deviceStorage()
    openPage(device.storage).save(smallFiling(), EDITOR)
    const teams = device.draftKeys().find(key => partKey('teams').test(key))!
    device.storage.removeItem(teams)

    const result = openPage(device.storage).repository.load(ZHANG)

    expect(result).toMatchObject({ status: 'setAside', reason: 'teams part missing' })
    const aside = `${KEY}:aside:1700000000000`
    expect(device.draftKeys().every(key => key.startsWith(aside))).toBe(true)
    expect(device.draftKeys()).toHaveLength(1 + FILING_PARTS.length)
  })

  it('should set a newer build\'s draft aside with its parts', () => {
    const device = deviceStorage()
    openPage(device.storage).save(smallFiling(), EDITOR)
    const manifest = JSON.parse(device.storage.getItem(KEY)!) as Record<string, unknown>
    device.storage.setItem(KEY, JSON.stringify({ ...manifest, schemaVersion: DRAFT_SCHEMA_VERSION + 1 }))

    const result = openPage(device.storage).repository.load(ZHANG)

    expect(result).toMatchObject({ status: 'setAside' })
    expect(result.status === 'setAside' && result.asideKeys).toHaveLength(2 + FILING_PARTS.length)
    expect(device.draftKeys().every(key => key.startsWith(`${KEY}:aside:`))).toBe(true)
  })

  it('should remove every key of the draft when it is cleared', () => {
    const device = deviceStorage()
    const page = openPage(device.storage)
    const filing = smallFiling()
    page.save(filing, EDITOR)
    page.save(withCreditCode(filing, '91440300568520498A'), EDITOR)
    expect(device.draftKeys()).toContain(draftEditorKey(ZHANG))

    page.repository.clear(ZHANG)

    expect(device.draftKeys()).toEqual([])
    expect(page.repository.load(ZHANG)).toEqual({ status: 'none' })
  })

  it('should remove the memory copies too when a draft saved in memory is cleared', () => {
    const device = deviceStorage()
    const page = openPage(device.storage)
    page.save(smallFiling())
    device.failAfter(0)
    page.save(withCreditCode(smallFiling(), '91440300568520498A'), EDITOR)

    page.repository.clear(ZHANG)

    expect(page.storage.keys(KEY)).toEqual([])
    expect(device.draftKeys()).toEqual([])
  })
})
