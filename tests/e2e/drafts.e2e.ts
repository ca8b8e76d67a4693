// Drafts: what a filer typed survives a reload, stays theirs, and storage trouble is said.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Filing } from '@/domain/filing'
import { SCENARIO_STORAGE_KEY } from '@mock/scenario'
import { backendLog, launchChromium, openApp, openTab } from './support/browser'
import { addItem } from './support/filer'

const CREDIT_CODE = '91440300568520498A'
const PRINCIPAL = { 姓名: '陈建国', 职务: '总经理', 联系方式: '13826451234' }
const WORKER = {
  姓名: '李强',
  联系方式: '13500005555',
  证件编号: '11010519491231002X',
  发证单位: '广东省应急管理厅',
  有效期开始日期: '2022-03-01',
  有效期截止日期: '2028-02-29',
}
/** Typed into an editor that the filer then dismisses. */
const DISMISSED = { 姓名: '黄志明', 职务: '副总经理' }
const ADDED = [
  PRINCIPAL,
  { 姓名: '刘美华', 职务: '安全总监', 联系方式: '02083345678' },
  { 姓名: '区志坚', 职务: '生产经理', 联系方式: '13926457788' },
]
/** How long a draft save may take to land, debounce and idle wait included. */
const SAVE_TIMEOUT_MS = 10_000
/** Longer than the draft's save debounce. */
const AFTER_SAVE_MS = 700

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function startFiling(page: Page): Promise<void> {
  await page.getByRole('button', { name: '开始填报' }).click()
  const creditCode = page.getByLabel('统一社会信用代码', { exact: true })
  await creditCode.fill(CREDIT_CODE)
  await creditCode.blur()
  await addItem(page, '主要负责人', PRINCIPAL)
}

async function typeWorkerWithoutSaving(page: Page): Promise<void> {
  await page.getByRole('button', { name: '添加人员' }).click()
  const editor = page.getByRole('dialog', { name: '添加人员' })
  await editor.getByRole('radio', { name: '电工', exact: true }).check()
  for (const [label, value] of Object.entries(WORKER)) {
    await editor.getByLabel(label, { exact: true }).fill(value)
  }
}

async function switchUser(page: Page, userId: string): Promise<void> {
  await page.evaluate(([key, id]) => {
    const scenario = JSON.parse(localStorage.getItem(key!) ?? '{}') as Record<string, unknown>
    localStorage.setItem(key!, JSON.stringify({ ...scenario, userId: id }))
  }, [SCENARIO_STORAGE_KEY, userId])
  await page.reload()
}

/** Everything stored under 张伟's draft keys, whatever their layout. */
function storedDraft(page: Page): Promise<string> {
  return page.evaluate(() => Object.keys(localStorage)
    .filter(key => key.startsWith('safety-roster:draft:u-zhang:'))
    .map(key => localStorage.getItem(key))
    .join('\n'))
}

/** Waits until the draft on the device holds `text`, as the app saves it after a pause. */
async function untilStored(page: Page, text: string): Promise<void> {
  await expect.poll(() => storedDraft(page), { timeout: SAVE_TIMEOUT_MS, message: `draft holds ${text}` })
    .toContain(text)
}

describe('drafts', () => {
  it('should offer the draft after a reload mid-editor and restore every value, dates included', async () => {
    const { page, context, errors } = await openApp(browser)
    await startFiling(page)
    await typeWorkerWithoutSaving(page)
    await page.waitForTimeout(AFTER_SAVE_MS)

    await page.reload()
    const offer = page.getByRole('dialog', { name: '发现未提交的草稿' })
    await offer.waitFor()
    await expect.poll(() => offer.innerText()).toMatch(/保存于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    await expect.poll(() => offer.innerText()).toMatch(/企业主要负责人\s*1/)
    await expect.poll(() => offer.innerText()).toContain('正在添加的人员（尚未保存）')
    await offer.getByRole('button', { name: '继续上次的填写' }).click()

    const editor = page.getByRole('dialog', { name: '添加人员' })
    await editor.waitFor()
    for (const [label, value] of Object.entries(WORKER)) {
      expect(await editor.getByLabel(label, { exact: true }).inputValue()).toBe(value)
    }
    expect(await editor.getByRole('radio', { name: '电工', exact: true }).isChecked()).toBe(true)
    await editor.getByRole('button', { name: '保存' }).click()
    await editor.waitFor({ state: 'hidden' })
    expect(await page.getByLabel('统一社会信用代码', { exact: true }).inputValue()).toBe(CREDIT_CODE)

    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByText('提交成功', { exact: true }).waitFor()

    const puts = (await backendLog(page)).filter(entry => entry.method === 'PUT')
    expect(puts).toHaveLength(1)
    const sent = puts[0]!.body as Filing
    expect(sent.principals.map(p => p.name)).toEqual(['陈建国'])
    expect(sent.specialWorkers.map(w => [w.name, w.certificateNo, w.validFrom, w.validUntil]))
      .toEqual([['李强', WORKER.证件编号, WORKER.有效期开始日期, WORKER.有效期截止日期]])

    // A successful submit clears the draft: nothing is offered on the next visit.
    await page.reload()
    await page.getByRole('button', { name: '更新填报' }).waitFor()
    expect(await page.getByRole('dialog', { name: '发现未提交的草稿' }).count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('should offer items added after a restored editor was dismissed, once the app is reopened', async () => {
    const first = await openApp(browser)
    const { page, context } = first
    await page.getByRole('button', { name: '开始填报' }).click()
    await page.getByRole('button', { name: '添加主要负责人' }).click()
    const editor = page.getByRole('dialog', { name: '添加主要负责人' })
    for (const [label, value] of Object.entries(DISMISSED)) {
      await editor.getByLabel(label, { exact: true }).fill(value)
    }
    await untilStored(page, DISMISSED.姓名)

    await page.reload()
    const offer = page.getByRole('dialog', { name: '发现未提交的草稿' })
    await offer.waitFor()
    await expect.poll(() => offer.innerText()).toContain('正在添加的主要负责人（尚未保存）')
    await offer.getByRole('button', { name: '继续上次的填写' }).click()
    expect(await editor.getByLabel('姓名', { exact: true }).inputValue()).toBe(DISMISSED.姓名)
    await editor.getByRole('button', { name: '取消' }).click()
    const confirm = page.locator('.van-dialog').filter({ hasText: '放弃修改？' })
    await confirm.getByRole('button', { name: '放弃', exact: true }).click()
    await editor.waitFor({ state: 'hidden' })
    for (const values of ADDED) await addItem(page, '主要负责人', values)
    await untilStored(page, ADDED[2]!.姓名)
    expect(first.errors).toEqual([])

    // Closing the app: a new tab on the same device storage, with nothing of the old one's.
    await page.close()
    const reopened = await openTab(context)
    const offerAgain = reopened.page.getByRole('dialog', { name: '发现未提交的草稿' })
    await offerAgain.waitFor()
    await expect.poll(() => offerAgain.innerText()).toMatch(/企业主要负责人\s*3/)
    expect(await offerAgain.innerText()).not.toContain('尚未保存')
    await offerAgain.getByRole('button', { name: '继续上次的填写' }).click()
    for (const { 姓名: name } of ADDED) {
      await reopened.page.getByRole('button', { name: `编辑 ${name}` }).waitFor()
    }
    expect(await reopened.page.getByRole('button', { name: `编辑 ${DISMISSED.姓名}` }).count()).toBe(0)
    expect(reopened.errors).toEqual([])
    await context.close()
  })

  it('should keep each user\'s draft to that user on a shared phone', async () => {
    const { page, context, errors } = await openApp(browser)
    await startFiling(page)
    await page.waitForTimeout(AFTER_SAVE_MS)

    await switchUser(page, 'u-li')
    await page.getByRole('button', { name: '添加主要负责人' }).waitFor()
    await page.waitForTimeout(AFTER_SAVE_MS)
    expect(await page.getByRole('dialog', { name: '发现未提交的草稿' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: '编辑 陈建国' }).count()).toBe(0)
    expect(await page.getByLabel('统一社会信用代码', { exact: true }).inputValue()).toBe('')
    await addItem(page, '主要负责人', { 姓名: '刘美华', 职务: '安全总监', 联系方式: '02083345678' })
    await page.waitForTimeout(AFTER_SAVE_MS)

    await switchUser(page, 'u-zhang')
    const offer = page.getByRole('dialog', { name: '发现未提交的草稿' })
    await offer.getByRole('button', { name: '继续上次的填写' }).click()
    await page.getByRole('button', { name: '编辑 陈建国' }).waitFor()
    expect(await page.getByRole('button', { name: '编辑 刘美华' }).count()).toBe(0)
    expect((await backendLog(page)).filter(entry => entry.method === 'PUT')).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('should say drafts will not survive when storage is full, and still submit', async () => {
    const { page, context, errors } = await openApp(browser, { scenario: { storage: 'full' } })
    await startFiling(page)
    await page.waitForTimeout(AFTER_SAVE_MS)

    await page.getByText('本机存储空间不足，草稿无法保存到手机。').waitFor()
    expect(await page.getByText(/草稿已自动保存/).count()).toBe(0)
    // Nor does the form's intro promise what storage cannot keep.
    await page.getByText(/逐项填写三级责任人/).waitFor()
    expect(await page.getByText(/随时保存在本机/).isVisible()).toBe(false)
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByText('提交成功', { exact: true }).waitFor()

    const puts = (await backendLog(page)).filter(entry => entry.method === 'PUT')
    expect(puts).toHaveLength(1)
    expect((puts[0]!.body as Filing).principals.map(p => p.name)).toEqual(['陈建国'])
    expect(await page.evaluate(() => Object.keys(localStorage).filter(k => k.includes(':draft')))).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
