// Debian's Chromium driven by playwright-core at a phone viewport, one context per test.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject, onTestFailed } from 'vitest'

import type { Filing } from '@/domain/filing'
import {
  createMemoryStore,
  createMockDb,
  MOCK_DB_STORAGE_KEY,
  SAMPLE_ENTERPRISE_ID,
  type LoggedRequest,
} from '@mock/backend'
import { SCENARIO_STORAGE_KEY, type MockScenario } from '@mock/scenario'
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../scripts/chromium.mjs'

export const PHONE = { width: 390, height: 844 }

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
}

export interface AppPage {
  context: BrowserContext
  page: Page
  /** Errors the page threw or logged; a test ends by expecting none it did not cause. */
  errors: string[]
}

export interface OpenOptions {
  scenario?: Partial<MockScenario>
  /** Seed the mock backend with an earlier filing before the app starts. */
  existingFiling?: boolean
  /** Seed the mock backend with this filing as the earlier submission instead. */
  seedFiling?: Filing
  /** Route inside the app, e.g. `/form`. */
  route?: string
}

/** A fresh phone-sized context (empty storage, so an empty mock backend) with the app open. */
export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const scenario = { latencyMs: 0, ...options.scenario }
  const seeded: [string, string][] = [[SCENARIO_STORAGE_KEY, JSON.stringify(scenario)]]
  if (options.existingFiling) seeded.push([MOCK_DB_STORAGE_KEY, existingFilingDb()])
  if (options.seedFiling) seeded.push([MOCK_DB_STORAGE_KEY, seededDb(options.seedFiling)])

  // Written once per tab, before the app's first start: later reloads keep what the app stored.
  await context.addInitScript((entries) => {
    if (sessionStorage.getItem('e2e:seeded')) return
    for (const [key, value] of entries) localStorage.setItem(key, value)
    sessionStorage.setItem('e2e:seeded', '1')
  }, seeded)

  return openTab(context, options.route)
}

/**
 * A new tab on `context` with the app open: what a filer sees after closing the app and coming
 * back (the same device storage; a new session storage, history and memory).
 */
export async function openTab(context: BrowserContext, route = '/'): Promise<AppPage> {
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // The browser logs every 4xx/5xx answer; those are asserted through the backend log.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`)
    }
  })

  onTestFailed(async ({ task }) => {
    const name = task.name.replace(/[^\w\u4e00-\u9fa5]+/g, '-').slice(0, 80)
    await page.screenshot({ path: `test-results/${name}.png`, fullPage: true }).catch(() => undefined)
  })
  await page.goto(`${inject('appUrl')}#${route}`)

  return { context, page, errors }
}

/** The mock backend's stored state holding `filing` as revision 1 by 张伟. */
function seededDb(filing: Filing): string {
  const store = createMemoryStore()
  createMockDb(store).saveFiling(SAMPLE_ENTERPRISE_ID, {
    revision: 1,
    submittedAt: '2026-11-20T09:30:00+08:00',
    submittedBy: '张伟',
    filing,
  })

  return store.getItem(MOCK_DB_STORAGE_KEY) ?? ''
}

/** The mock backend's stored state with the sample earlier filing, as the browser keeps it. */
function existingFilingDb(): string {
  const store = createMemoryStore()
  createMockDb(store).seedExistingFiling()

  return store.getItem(MOCK_DB_STORAGE_KEY) ?? ''
}

/** What the mock backend received since the page last loaded. */
export function backendLog(page: Page): Promise<LoggedRequest[]> {
  return page.evaluate(() => window.__mockBackendLog ?? [])
}
