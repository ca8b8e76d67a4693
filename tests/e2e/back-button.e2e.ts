// Android's back key with a popup open closes the popup and nothing else; leaving the form
// with unsent edits asks first.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backendLog, launchChromium, openApp } from './support/browser'
import { addItem } from './support/filer'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const hashOf = (page: Page) => new URL(page.url()).hash

describe('back button', () => {
  it('should close the date picker, then the editor, then a confirm dialog, staying on the form', async () => {
    const { page, context, errors } = await openApp(browser)
    await page.getByRole('button', { name: '开始填报' }).click()
    await addItem(page, '主要负责人', { 姓名: '陈建国', 职务: '总经理', 联系方式: '13826451234' })

    await page.getByRole('button', { name: '添加人员' }).click()
    const editor = page.getByRole('dialog', { name: '添加人员' })
    await editor.getByRole('button', { name: '选择有效期开始日期' }).click()
    const picker = page.locator('.van-picker')
    await picker.waitFor()

    await page.goBack()
    await picker.waitFor({ state: 'hidden' })
    expect(await editor.isVisible()).toBe(true)
    expect(hashOf(page)).toBe('#/form')

    await page.goBack()
    await editor.waitFor({ state: 'hidden' })
    expect(hashOf(page)).toBe('#/form')

    await page.getByRole('button', { name: '删除 陈建国' }).click()
    const confirm = page.locator('.van-dialog').filter({ hasText: '确认删除' })
    await confirm.waitFor()
    await page.goBack()
    await confirm.waitFor({ state: 'hidden' })
    expect(hashOf(page)).toBe('#/form')
    await page.getByRole('button', { name: '编辑 陈建国' }).waitFor()

    // One more back leaves the form: with unsent edits it asks, and 继续填写 stays.
    await page.goBack()
    const leave = page.locator('.van-dialog').filter({ hasText: '返回办事指南？' })
    await leave.getByRole('button', { name: '继续填写' }).click()
    await page.getByRole('button', { name: '编辑 陈建国' }).waitFor()
    expect(hashOf(page)).toBe('#/form')

    await page.goBack()
    await leave.getByRole('button', { name: '返回' }).click()
    await page.getByRole('button', { name: '开始填报' }).waitFor()
    expect(hashOf(page)).toBe('#/')
    expect((await backendLog(page)).filter(entry => entry.method === 'PUT')).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('should ask before discarding a typed item on back, and keep it on 继续编辑', async () => {
    const { page, context, errors } = await openApp(browser)
    await page.getByRole('button', { name: '开始填报' }).click()
    await page.getByRole('button', { name: '添加主要负责人' }).click()
    const editor = page.getByRole('dialog', { name: '添加主要负责人' })
    await editor.getByLabel('姓名', { exact: true }).fill('刘美华')

    await page.goBack()
    const ask = page.locator('.van-dialog').filter({ hasText: '放弃修改？' })
    await ask.getByRole('button', { name: '继续编辑' }).click()
    expect(await editor.getByLabel('姓名', { exact: true }).inputValue()).toBe('刘美华')

    // Back on the question itself closes only the question.
    await page.goBack()
    await ask.waitFor()
    await page.goBack()
    await ask.waitFor({ state: 'hidden' })
    expect(await editor.getByLabel('姓名', { exact: true }).inputValue()).toBe('刘美华')
    expect(hashOf(page)).toBe('#/form')
    expect(errors).toEqual([])
    await context.close()
  })
})
