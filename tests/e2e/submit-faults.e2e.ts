// A submission meets a 500, a lost answer, a double tap, no network, an expired session and a
// conflict: it never files twice, never loses what was typed, and says what happened.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Filing } from '@/domain/filing'
import { backendLog, launchChromium, openApp, type OpenOptions } from './support/browser'
import { addItem } from './support/filer'

const PRINCIPAL = { 姓名: '区志坚', 职务: '总经理', 联系方式: '13826451234' }

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Client timeout for the lost-answer test, so it waits 2 s rather than 15. */
const SHORT_TIMEOUT_MS = 2_000

/** A Vant dialog by the text it shows (Vant labels its dialogs with text, not an id). */
function vantDialog(page: Page, text: string) {
  return page.locator('.van-dialog').filter({ hasText: text })
}

/** Opens the app (with `config` served as config.js), fills a minimal filing, stops on 确认信息. */
async function readyToSubmit(options: OpenOptions = {}, config?: Record<string, unknown>) {
  const app = await openApp(browser, options)
  const { page } = app
  if (config) {
    await app.context.route('**/config.js', route => route.fulfill({
      contentType: 'text/javascript',
      body: `window.__SAFETY_ROSTER_CONFIG__ = ${JSON.stringify(config)}`,
    }))
    await page.reload()
  }
  await page.getByRole('button', { name: /开始填报|更新填报/ }).click()
  const creditCode = page.getByLabel('统一社会信用代码', { exact: true })
  await creditCode.fill('91440300568520498A')
  await creditCode.blur()
  await addItem(page, '主要负责人', PRINCIPAL)
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByRole('button', { name: '确认并提交' }).waitFor()

  return app
}

async function puts(page: Page) {
  return (await backendLog(page)).filter(entry => entry.method === 'PUT')
}

describe('submit faults', () => {
  it('should resend after a 500 with the same Idempotency-Key', async () => {
    const { page, context, errors } = await readyToSubmit({ scenario: { serverError: 'submitOnce' } })
    await page.getByRole('button', { name: '确认并提交' }).click()

    const dialog = vantDialog(page, '提交失败')
    await dialog.getByText('填写的内容都还在').waitFor()
    await dialog.getByRole('button', { name: '重新提交' }).click()
    await page.getByText('提交成功', { exact: true }).waitFor()

    const sent = await puts(page)
    expect(sent).toHaveLength(2)
    expect(sent[1]!.idempotencyKey).toBe(sent[0]!.idempotencyKey)
    expect(errors).toEqual([])
    await context.close()
  })

  it('should find the stored filing after a timeout instead of sending it again', async () => {
    const { page, context: ctx, errors } = await readyToSubmit({
      scenario: { submitFault: 'timeoutAfterStore' },
    }, { requestTimeoutMs: SHORT_TIMEOUT_MS })
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByText('提交成功', { exact: true }).waitFor({ timeout: 20_000 })

    const log = await backendLog(page)
    expect(log.filter(entry => entry.method === 'PUT')).toHaveLength(1)
    const last = log.at(-1)!
    expect([last.method, last.path]).toEqual(['GET', '/v1/filing'])
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('should neither submit nor go back on a double tap of 下一步', async () => {
    const { page, context, errors } = await readyToSubmit()
    const targets = [
      { name: '确认并提交', share: 0.75 },
      { name: '返回修改', share: 0.25 },
    ]
    for (const { name, share } of targets) {
      await page.getByRole('button', { name: '返回修改' }).click()
      const next = (await page.getByRole('button', { name: '下一步' }).boundingBox())!
      const x = next.x + next.width * share
      const y = next.y + next.height / 2
      await page.touchscreen.tap(x, y)
      await page.waitForTimeout(150)
      await page.touchscreen.tap(x, y)

      // The second tap landed where `name` now is, and did nothing.
      const button = (await page.getByRole('button', { name }).boundingBox())!
      expect(x).toBeGreaterThan(button.x)
      expect(x).toBeLessThan(button.x + button.width)
      await page.waitForTimeout(600)
      expect(new URL(page.url()).hash).toBe('#/confirm')
      expect(await puts(page)).toEqual([])
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('should keep the filer on 确认信息 while a submission is under way, then show it done', async () => {
    const { page, context, errors } = await readyToSubmit({ scenario: { latencyMs: 3_000 } })
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByRole('button', { name: '正在提交' }).waitFor()

    await page.goBack()
    await page.getByText('正在提交，请稍候').waitFor()
    expect(new URL(page.url()).hash).toBe('#/confirm')
    await page.getByText('提交成功', { exact: true }).waitFor()
    expect(new URL(page.url()).hash).toBe('#/done')
    const sent = await puts(page)
    expect(sent).toHaveLength(1)
    expect((sent[0]!.body as Filing).principals.map(item => item.name)).toEqual([PRINCIPAL.姓名])
    expect(errors).toEqual([])
    await context.close()
  })

  it('should send one PUT for a double tap on 确认并提交', async () => {
    const { page, context, errors } = await readyToSubmit({ scenario: { latencyMs: 800 } })
    const button = page.getByRole('button', { name: '确认并提交' })
    await button.dblclick()
    await page.getByText('提交成功', { exact: true }).waitFor()

    expect(await puts(page)).toHaveLength(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('should wait offline and submit once when the network is back', async () => {
    const { page, context, errors } = await readyToSubmit()
    await context.setOffline(true)
    await page.getByText('网络已断开，可继续填写').waitFor()
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByText('网络恢复后将自动提交').waitFor()
    await page.waitForTimeout(500)
    expect(await puts(page)).toHaveLength(0)

    await context.setOffline(false)
    await page.getByText('提交成功', { exact: true }).waitFor()
    expect(await puts(page)).toHaveLength(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('should show 登录已失效 when the host refuses a new token, and keep the draft', async () => {
    const { page, context } = await readyToSubmit({
      scenario: { tokenLifetime: 'short', host: 'refuseRefresh' },
    })
    // Tokens of the `short` scenario live 20 s.
    await page.waitForTimeout(21_000)
    await page.getByRole('button', { name: '确认并提交' }).click()

    await page.getByText('登录已失效').waitFor()
    await page.getByText('请返回一键通工作台，重新打开“三级责任人”。').waitFor()
    await page.getByText('已填写的内容已保存在本机').waitFor()
    const sent = await puts(page)
    expect(sent.every(entry => entry.hasAuthorization)).toBe(true)
    // Every key of 张伟's draft, whatever its layout: the manifest and its parts.
    const draft = await page.evaluate(() => Object.entries(localStorage)
      .filter(([key]) => key.startsWith('safety-roster:draft:u-zhang:'))
      .map(([, value]) => value)
      .join('\n'))
    expect(draft).toContain(PRINCIPAL.姓名)
    expect(draft).not.toContain('mock-token')
    await context.close()
  })

  it('should show who submitted on a 409 and load theirs, keeping mine to restore', async () => {
    const { page, context, errors } = await readyToSubmit({ existingFiling: true })
    await page.getByRole('button', { name: 'QA 场景' }).click()
    await page.getByRole('button', { name: '李娜提交新版本' }).click()
    await page.getByText('李娜 已提交第 4 版').waitFor()
    await page.getByRole('button', { name: '关闭' }).click()

    await page.getByRole('button', { name: '确认并提交' }).click()
    const dialog = page.getByRole('dialog', { name: '填报已被他人更新' })
    await dialog.getByText(/李娜\s*于 .* 提交了新的版本（第 4 版）/).waitFor()
    await dialog.getByRole('button', { name: '查看并载入对方的版本' }).click()
    await page.getByRole('button', { name: '编辑 林晓东' }).waitFor()
    expect(await page.getByRole('button', { name: `编辑 ${PRINCIPAL.姓名}` }).count()).toBe(0)

    await page.getByRole('button', { name: '恢复我的修改' }).click()
    await page.getByRole('button', { name: `编辑 ${PRINCIPAL.姓名}` }).waitFor()
    expect((await puts(page)).map(entry => entry.ifMatch)).toEqual(['"3"'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('should submit mine over theirs after a confirm, with If-Match of their revision', async () => {
    const { page, context, errors } = await readyToSubmit({ existingFiling: true })
    await page.getByRole('button', { name: 'QA 场景' }).click()
    await page.getByRole('button', { name: '李娜提交新版本' }).click()
    await page.getByRole('button', { name: '关闭' }).click()

    await page.getByRole('button', { name: '确认并提交' }).click()
    const dialog = page.getByRole('dialog', { name: '填报已被他人更新' })
    await dialog.getByRole('button', { name: '用我的版本覆盖' }).click()
    await vantDialog(page, '用我的版本覆盖？').getByRole('button', { name: '覆盖提交' }).click()
    await page.getByText('提交成功', { exact: true }).waitFor()

    const sent = await puts(page)
    expect(sent.map(entry => entry.ifMatch)).toEqual(['"3"', '"4"'])
    expect(sent[1]!.idempotencyKey).not.toBe(sent[0]!.idempotencyKey)
    expect((sent[1]!.body as Filing).principals.map(p => p.name)).toContain(PRINCIPAL.姓名)
    expect(errors).toEqual([])
    await context.close()
  })
})
