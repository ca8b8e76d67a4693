// The whole app against the mock backend and the mock host, as a filer would meet it.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { cleanup, configure, render, screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createPinia } from 'pinia'
import { closeDialog, closeToast } from 'vant'
import { afterEach, vi } from 'vitest'
import { createApp } from 'vue'
import { createMemoryHistory, type Router } from 'vue-router'

import './vantIds'
import { createApiClient } from '@/api/client'
import type { FilingRecord } from '@/api/types'
import App from '@/App.vue'
import { createTokenSource } from '@/bridge'
import { defaultConfig } from '@/config/runtime'
import type { Filing } from '@/domain/filing'
import { createAppRouter } from '@/router'
import GuideArticle from '@/screens/guide/GuideArticle.vue'
import { setServices } from '@/services'
import { SAMPLE_ENTERPRISE_ID } from '@mock/backend'
import { toChinaIsoString } from '@mock/backend/time'
import { createMockBridge } from '@mock/host/mockBridge'
import { createMockServer, NODE_MOCK_BASE_URL } from '@mock/node'
import { defaultScenario, type MockScenario } from '@mock/scenario'

export interface RenderAppOptions {
  /** Scenario overrides on top of the default one (without latency). */
  scenario?: Partial<MockScenario>
  /** Where the app opens, e.g. `/form`. */
  route?: string
  /** A filing the backend already holds (revision 3, submitted by 张伟 three days ago). */
  existingFiling?: Filing
}

const DAY_MS = 24 * 60 * 60 * 1000
// Vitest hands CSS imports to tests empty: the rules are read from the file.
const SHELLS_CSS = readFileSync(resolve(process.cwd(), 'src/styles/shells.css'), 'utf8')

// The first test of a file also compiles the lazily loaded screens: seconds on a busy machine.
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 3_000 })
const running: { close: () => void }[] = []

afterEach(() => {
  cleanup()
  closeDialog()
  closeToast(true)
  while (running.length) running.pop()?.close()
  localStorage.clear()
  document.documentElement.removeAttribute('data-shell')
})

/**
 * What index.html carries outside #app in a build: 办事指南's static text (prerendered there
 * from GuideArticle.vue), with the rules that show it with the guide screen only.
 */
function addStaticPage(): void {
  const style = document.createElement('style')
  style.textContent = SHELLS_CSS
  const page = document.createElement('main')
  page.className = 'roster-static-guide guide roster-page'
  document.head.append(style)
  document.body.prepend(page)
  const article = createApp(GuideArticle)
  article.mount(page)

  running.push({
    close: () => {
      article.unmount()
      page.remove()
      style.remove()
    },
  })
}

/** Renders App.vue with fresh services, store and router; see {@link RenderAppOptions}. */
export async function renderApp(options: RenderAppOptions = {}) {
  let scenario: MockScenario = { ...defaultScenario(), latencyMs: 0, ...options.scenario }
  const currentScenario = () => scenario
  const { server, db, log } = createMockServer({
    scenario: currentScenario,
    updateScenario: (patch) => {
      scenario = { ...scenario, ...patch }
    },
  })
  server.listen({ onUnhandledRequest: 'error' })
  running.push(server)
  if (options.existingFiling) db.saveFiling(SAMPLE_ENTERPRISE_ID, existingRecord(options.existingFiling))

  const config = { ...defaultConfig(), apiBaseUrl: NODE_MOCK_BASE_URL }
  const bridge = createMockBridge({ scenario: currentScenario })
  const api = createApiClient({
    baseUrl: config.apiBaseUrl,
    timeoutMs: config.requestTimeoutMs,
    getToken: createTokenSource(bridge),
  })
  setServices({ config, bridge, api })

  const router = createAppRouter(createMemoryHistory())
  await loadLazyScreens(router)
  await router.push(options.route ?? '/')
  const user = userEvent.setup()
  addStaticPage()
  const result = render(App, {
    global: { plugins: [createPinia(), router] },
  })

  return {
    ...result,
    screen,
    user,
    router,
    server,
    db,
    /** Requests the mock backend received, oldest first. */
    log: log.entries,
    /** Calls the app made to the mock host, oldest first. */
    hostCalls: bridge.calls,
    /** Switches the scenario for whatever the app does next. */
    setScenario: (patch: Partial<MockScenario>) => {
      scenario = { ...scenario, ...patch }
    },
  }
}

/** Loads every lazily imported screen, so no navigation in a test waits for it to compile. */
async function loadLazyScreens(router: Router): Promise<void> {
  const loaders = router.getRoutes()
    .flatMap(route => Object.values(route.components ?? {}))
    .filter((component): component is () => Promise<unknown> => typeof component === 'function')

  await Promise.all(loaders.map(load => load()))
}

function existingRecord(filing: Filing): FilingRecord {
  return {
    revision: 3,
    submittedAt: toChinaIsoString(Date.now() - 3 * DAY_MS),
    submittedBy: '张伟',
    filing,
  }
}

/** Renders the app at the form and waits until the form has loaded, its lists included. */
export async function openForm(options: Omit<RenderAppOptions, 'route'> = {}) {
  const app = await renderApp({ ...options, route: '/form' })
  await app.screen.findByRole('heading', { name: '企业基础信息' })
  // The list sections render one task after the top of the form (FormScreen.vue).
  await app.screen.findByRole('heading', { name: /“两电一容”人员/ })

  return app
}
