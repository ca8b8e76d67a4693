// Quick taps in the item editor: a double tap on 保存 or on 添加… does what one tap does.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, openApp } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** The centre of the button named `name` once it has stopped moving (a sheet sliding in). */
async function steadyCentre(page: Page, name: string): Promise<{ x: number, y: number }> {
  const button = page.getByRole('button', { name, exact: true })
  let last = ''
  for (;;) {
    const box = await button.boundingBox()
    if (box && JSON.stringify(box) === last) return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    last = JSON.stringify(box)
    await page.waitForTimeout(100)
  }
}

/** Two taps on the button named `name`, `gapMs` apart, as a thumb would make them. */
async function doubleTap(page: Page, name: string, gapMs: number): Promise<void> {
  const { x, y } = await steadyCentre(page, name)

  await page.touchscreen.tap(x, y)
  await page.waitForTimeout(gapMs)
  await page.touchscreen.tap(x, y)
}

describe('editor taps', () => {
  for (const gapMs of [0, 60, 120, 250]) {
    it(`should save and close without asking when 保存 is tapped twice ${gapMs} ms apart`, async () => {
      const { page, context, errors } = await openApp(browser)
      await page.getByRole('button', { name: '开始填报' }).click()
      await page.getByRole('button', { name: '添加主要负责人' }).click()
      const editor = page.getByRole('dialog', { name: '添加主要负责人' })
      await editor.getByLabel('姓名', { exact: true }).fill('陈建国')
      await editor.getByLabel('职务', { exact: true }).fill('总经理')
      await editor.getByLabel('联系方式', { exact: true }).fill('13826451234')

      await doubleTap(page, '保存', gapMs)

      await editor.waitFor({ state: 'hidden' })
      await page.getByRole('button', { name: '编辑 陈建国' }).waitFor()
      await page.waitForTimeout(600)
      expect(await page.getByText('放弃修改？').isVisible()).toBe(false)
      expect(await page.getByRole('button', { name: '放弃' }).count()).toBe(0)
      expect(errors).toEqual([])
      await context.close()
    })
  }

  for (const gapMs of [0, 50, 90]) {
    it(`should keep the editor open when 添加主要负责人 is tapped twice ${gapMs} ms apart`, async () => {
      const { page, context, errors } = await openApp(browser)
      await page.getByRole('button', { name: '开始填报' }).click()

      await doubleTap(page, '添加主要负责人', gapMs)

      const editor = page.getByRole('dialog', { name: '添加主要负责人' })
      await editor.waitFor()
      await page.waitForTimeout(600)
      expect(await editor.isVisible()).toBe(true)
      expect(errors).toEqual([])
      await context.close()
    })
  }
})
