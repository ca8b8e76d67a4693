// A redeploy under an open page: the next screen's chunk is gone. The app reloads once into
// the new release and lands where the filer was going; a chunk that never loads ends in a
// message, not in a reload loop.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, openApp } from './support/browser'

const FORM_CHUNK = /\/assets\/FormScreen-[\w-]+\.js$/

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Counts full page loads of the app from now on. */
function countLoads(page: Page): () => number {
  let loads = 0
  page.on('load', () => {
    loads += 1
  })

  return () => loads
}

describe('a lazy chunk that fails to load', () => {
  it('should reload once and land on the screen the filer opened', async () => {
    const { page, context } = await openApp(browser)
    await page.getByRole('button', { name: '开始填报' }).waitFor()
    let failed = 0
    await context.route(FORM_CHUNK, (route) => {
      if (failed++ === 0) return route.abort('failed')
      return route.continue()
    })
    const loads = countLoads(page)

    await page.getByRole('button', { name: '开始填报' }).click()

    await page.getByLabel('统一社会信用代码', { exact: true }).waitFor()
    expect(page.url()).toMatch(/#\/form$/)
    expect(failed).toBe(2)
    expect(loads()).toBe(1)
    await context.close()
  })

  it('should explain instead of reloading again when the chunk is still missing', async () => {
    const { page, context } = await openApp(browser)
    await page.getByRole('button', { name: '开始填报' }).waitFor()
    await context.route(FORM_CHUNK, route => route.abort('failed'))
    const loads = countLoads(page)

    await page.getByRole('button', { name: '开始填报' }).click()

    await page.getByText('页面加载失败').waitFor()
    expect(loads()).toBe(1)
    await context.close()
  })
})
