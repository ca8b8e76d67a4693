// The mock backend (spec §5) for development, QA and tests; never part of a production bundle.
export { SHORT_TOKEN_LIFETIME_MS } from './auth'
export { createMemoryStore, createMockDb, MOCK_DB_STORAGE_KEY } from './db'
export type { KeyValueStore, MockDb, MockDbState } from './db'
export { createHandlers, TIMEOUT_AFTER_STORE_DELAY_MS } from './handlers'
export type { MockBackendOptions } from './handlers'
export { createRequestLog } from './log'
export type { LoggedRequest, RequestLog } from './log'
export { SAMPLE_ENTERPRISE, SAMPLE_ENTERPRISE_ID, sampleFiling } from './sampleFiling'
