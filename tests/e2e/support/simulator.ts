// The host simulator (simulator/ in the QA bundle) at a phone viewport, with the app in its
// iframe over the postMessage bridge.
import type { Browser, Frame, Page } from 'playwright-core'
import { inject } from 'vitest'

import type { SimulatorCall } from '@mock/host-simulator/host'
import { SCENARIO_STORAGE_KEY, type MockScenario } from '@mock/scenario'
import { PHONE } from './browser'

export interface SimulatorPage {
  page: Page
  close: () => Promise<void>
  /** Errors the simulator or the app threw or logged. */
  errors: string[]
  /** Warnings, where the app says which bridge message it ignored. */
  warnings: string[]
}

/** A fresh context (empty storage, no mock backend latency) with the simulator open. */
export async function openSimulator(
  browser: Browser,
  scenario: Partial<MockScenario> = {},
): Promise<SimulatorPage> {
  const context = await browser.newContext({
    viewport: PHONE,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const appUrl = inject('appUrl')
  // Only at the app's origin: frames a test adds at other origins may not touch storage.
  await context.addInitScript(([origin, key, value]) => {
    if (location.origin === origin && !localStorage.getItem(key)) localStorage.setItem(key, value)
  }, [
    new URL(appUrl).origin,
    SCENARIO_STORAGE_KEY,
    JSON.stringify({ latencyMs: 0, ...scenario }),
  ] as const)

  const page = await context.newPage()
  const errors: string[] = []
  const warnings: string[] = []
  page.on('pageerror', error => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`)
    }
  })
  await page.goto(`${appUrl}simulator/`)

  return { page, errors, warnings, close: () => context.close() }
}

/** Taps a workbench tile and returns the app's frame once its document has loaded. */
export async function openTile(page: Page, tile: '三级责任人' | '桥接自检'): Promise<Frame> {
  await page.getByRole('button', { name: tile, exact: true }).click()
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame()
  if (!frame) throw new Error('the simulator opened no iframe')
  await frame.waitForLoadState()

  return frame
}

/** The simulator's bridge call log, oldest first. */
export function simulatorLog(page: Page): Promise<SimulatorCall[]> {
  return page.evaluate(() => window.__hostSimulatorLog ?? [])
}
