// The mock backend's data: the filing record per enterprise and the answers given per
// idempotency key. Kept in a key-value store (localStorage in the browser, so QA data survives
// reloads; a Map in node). Tokens are never stored here.
import type { FilingRecord, PutFilingResponse } from '@/api/types'
import { todayInChina } from '@/domain/rules'

import { largeFiling } from './largeFiling'
import { SAMPLE_ENTERPRISE_ID, sampleFiling } from './sampleFiling'
import { toChinaIsoString } from './time'

export const MOCK_DB_STORAGE_KEY = 'safety-roster:mock-db'

const SCHEMA_VERSION = 1
const DAY_MS = 24 * 60 * 60 * 1000

/** The part of `Storage` the mock db needs. */
export interface KeyValueStore {
  getItem: (key: string) => string | null
  setItem: (key: string, value: string) => void
  removeItem: (key: string) => void
}

/** What a PUT with a given Idempotency-Key answered, to replay it on a retry. */
export interface IdempotentAnswer {
  enterpriseId: string
  /** The request body as JSON, to refuse the key for a different body. */
  body: string
  response: PutFilingResponse
}

export interface MockDbState {
  version: number
  filings: Record<string, FilingRecord>
  answers: Record<string, IdempotentAnswer>
}

export interface MockDb {
  getFiling: (enterpriseId: string) => FilingRecord | null
  saveFiling: (enterpriseId: string, record: FilingRecord) => void
  getAnswer: (idempotencyKey: string) => IdempotentAnswer | null
  saveAnswer: (idempotencyKey: string, answer: IdempotentAnswer) => void
  /** Forget everything: the enterprise files for the first time. */
  reset: () => void
  /**
   * Store a complete earlier filing (revision 3, by 张伟, a few days ago) and return it: the
   * sample enterprise, or the 3,000-worker one of {@link largeFiling}.
   */
  seedExistingFiling: (size?: 'sample' | 'large') => FilingRecord
  /** A copy of everything stored, for tests. */
  inspect: () => MockDbState
}

export interface MockDbOptions {
  now?: () => number
}

/** A mock db over `store`, under {@link MOCK_DB_STORAGE_KEY}. */
export function createMockDb(store: KeyValueStore, options: MockDbOptions = {}): MockDb {
  const now = options.now ?? Date.now

  function read(): MockDbState {
    try {
      const raw = store.getItem(MOCK_DB_STORAGE_KEY)
      const state = raw ? JSON.parse(raw) as MockDbState : null
      if (state?.version === SCHEMA_VERSION) return state
    } catch {
      // Corrupt data from an older build: start over, it is only mock data.
    }
    return emptyState()
  }

  function update(change: (state: MockDbState) => void): void {
    const state = read()
    change(state)
    store.setItem(MOCK_DB_STORAGE_KEY, JSON.stringify(state))
  }

  return {
    getFiling: enterpriseId => read().filings[enterpriseId] ?? null,
    saveFiling(enterpriseId, record) {
      update((state) => {
        state.filings[enterpriseId] = record
      })
    },
    getAnswer: key => read().answers[key] ?? null,
    saveAnswer(key, answer) {
      update((state) => {
        state.answers[key] = answer
      })
    },
    reset: () => store.removeItem(MOCK_DB_STORAGE_KEY),
    seedExistingFiling(size = 'sample') {
      const submitted = now() - 3 * DAY_MS
      const today = todayInChina(now())
      const record: FilingRecord = {
        revision: 3,
        submittedAt: toChinaIsoString(submitted),
        submittedBy: '张伟',
        filing: size === 'large' ? largeFiling(today) : sampleFiling(today),
      }
      store.setItem(MOCK_DB_STORAGE_KEY, JSON.stringify({
        ...emptyState(),
        filings: { [SAMPLE_ENTERPRISE_ID]: record },
      }))

      return record
    },
    // read() parses afresh on every call, so callers get a copy they may mutate.
    inspect: read,
  }
}

/** A Map-backed store for node and tests. */
export function createMemoryStore(): KeyValueStore {
  const map = new Map<string, string>()

  return {
    getItem: key => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: key => void map.delete(key),
  }
}

function emptyState(): MockDbState {
  return { version: SCHEMA_VERSION, filings: {}, answers: {} }
}
