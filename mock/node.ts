// The mock backend inside node, for unit and component tests (msw/node intercepts http,
// XMLHttpRequest and fetch).
import { setupServer } from 'msw/node'

import { createHandlers, createMemoryStore, createMockDb, createRequestLog } from './backend'
import type { MockBackendOptions } from './backend'
import { readScenario } from './scenario'

export const NODE_MOCK_BASE_URL = 'http://localhost/api'

export type MockServerOptions = Partial<
  Pick<MockBackendOptions, 'scenario' | 'updateScenario' | 'now'>
>

/** An msw/node server with the backend at {@link NODE_MOCK_BASE_URL} and an in-memory db. */
export function createMockServer(options: MockServerOptions = {}) {
  const now = options.now ?? Date.now
  const db = createMockDb(createMemoryStore(), { now })
  const log = createRequestLog()
  const handlers = createHandlers({
    baseUrl: NODE_MOCK_BASE_URL,
    db,
    log,
    now,
    scenario: options.scenario ?? readScenario,
    updateScenario: options.updateScenario,
  })

  return { server: setupServer(...handlers), db, log }
}
