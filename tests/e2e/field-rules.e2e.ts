// A filer makes one mistake of each kind, reads where and how to fix it, fixes it and submits;
// and the server refuses one certificate, whose message lands on that item.
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Filing } from '@/domain/filing'
import { checkCertificateNo, checkCreditCode, checkPersonName, checkPhone } from '@/domain/rules'
import { UNREGISTERED_CERTIFICATE } from '@mock/backend/handlers'
import { mulberry32, randomIdNumber } from '@mock/fixtures/generators'
import { backendLog, launchChromium, openApp } from './support/browser'

const BAD_CODE = '91440300568520498B'
const BAD_ID = '110105194912310021'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

function messageAt(page: Page | Locator, text: string) {
  return page.getByText(text, { exact: true })
}

describe('field rules in the browser', () => {
  it('should show each mistake at its field, keep what was typed, and submit once fixed', async () => {
    const { page, context, errors } = await openApp(browser)
    await page.getByRole('button', { name: '开始填报' }).click()

    const creditCode = page.getByLabel('统一社会信用代码', { exact: true })
    await creditCode.fill(BAD_CODE)
    await page.getByRole('button', { name: '下一步' }).click()
    const summary = page.getByRole('alert').filter({ hasText: '处需要修改' })
    await expect.poll(() => summary.innerText()).toContain(checkCreditCode(BAD_CODE).error)
    await expect.poll(() => summary.innerText()).toContain('请至少填写一位企业主要负责人')
    await summary.getByRole('button', { name: /统一社会信用代码/ }).click()
    await expect.poll(() => creditCode.evaluate(input => input === document.activeElement)).toBe(true)
    await creditCode.fill('91440300568520498A')
    await creditCode.blur()

    await page.getByRole('button', { name: '添加主要负责人' }).click()
    const principal = page.getByRole('dialog', { name: '添加主要负责人' })
    await principal.getByLabel('姓名', { exact: true }).fill('王😀')
    await principal.getByLabel('联系方式', { exact: true }).fill('12345')
    await principal.getByRole('button', { name: '保存' }).click()
    await messageAt(principal, checkPersonName('王😀').error!).waitFor()
    await messageAt(principal, '请填写职务').waitFor()
    await messageAt(principal, checkPhone('12345').error!).waitFor()
    expect(await principal.getByLabel('姓名', { exact: true }).inputValue()).toBe('王😀')
    expect(await principal.getByLabel('联系方式', { exact: true }).inputValue()).toBe('12345')
    await principal.getByLabel('姓名', { exact: true }).fill('王芳')
    await principal.getByLabel('职务', { exact: true }).fill('总经理')
    await principal.getByLabel('联系方式', { exact: true }).fill('13800138000')
    await principal.getByRole('button', { name: '保存' }).click()
    await principal.waitFor({ state: 'hidden' })

    for (const [index, workshopName] of ['冲压车间', '冲压车间'].entries()) {
      await page.getByRole('button', { name: '添加车间' }).click()
      const editor = page.getByRole('dialog', { name: '添加车间' })
      await editor.getByLabel('车间名称', { exact: true }).fill(workshopName)
      await editor.getByLabel('姓名', { exact: true }).fill(index ? '赵磊' : '王志强')
      await editor.getByLabel('职务', { exact: true }).fill('车间主任')
      await editor.getByLabel('联系方式', { exact: true }).fill(index ? '13711112222' : '13922334455')
      await editor.getByRole('button', { name: '保存' }).click()
      if (index === 0) {
        await editor.waitFor({ state: 'hidden' })
        continue
      }
      await editor.getByText(/车间名称.*重复/).waitFor()
      await editor.getByLabel('车间名称', { exact: true }).fill('焊装车间')
      await editor.getByRole('button', { name: '保存' }).click()
      await editor.waitFor({ state: 'hidden' })
    }

    await page.getByRole('button', { name: '添加人员' }).click()
    const worker = page.getByRole('dialog', { name: '添加人员' })
    await worker.getByRole('radio', { name: '电工', exact: true }).check()
    await worker.getByLabel('姓名', { exact: true }).fill('李强')
    await worker.getByLabel('联系方式', { exact: true }).fill('13500005555')
    await worker.getByLabel('证件编号', { exact: true }).fill(BAD_ID)
    await worker.getByLabel('发证单位', { exact: true }).fill('广东省应急管理厅')
    await worker.getByLabel('有效期开始日期', { exact: true }).fill('2024-05-01')
    await worker.getByLabel('有效期截止日期', { exact: true }).fill('2023/5/1')
    await worker.getByRole('button', { name: '保存' }).click()
    await messageAt(worker, checkCertificateNo(BAD_ID).error!).waitFor()
    await messageAt(worker, '有效期截止日期须晚于有效期开始日期').waitFor()
    expect(await worker.getByLabel('有效期截止日期', { exact: true }).inputValue()).toBe('2023-05-01')
    await worker.getByLabel('证件编号', { exact: true }).fill('11010519491231002x')
    await worker.getByLabel('有效期截止日期', { exact: true }).fill('20300501')
    await worker.getByRole('button', { name: '保存' }).click()
    await worker.waitFor({ state: 'hidden' })

    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByText('提交成功', { exact: true }).waitFor()

    const [put] = (await backendLog(page)).filter(entry => entry.method === 'PUT')
    const sent = put!.body as Filing
    expect(sent.enterprise.creditCode).toBe('91440300568520498A')
    expect(sent.principals.map(p => p.name)).toEqual(['王芳'])
    expect(sent.workshops.map(w => w.workshopName)).toEqual(['冲压车间', '焊装车间'])
    expect(sent.specialWorkers[0]).toMatchObject({
      certificateNo: '11010519491231002X',
      validFrom: '2024-05-01',
      validUntil: '2030-05-01',
    })
    expect(errors).toEqual([])
    await context.close()
  })

  it('should put a server 422 on the item it names and submit once that item is fixed', async () => {
    const { page, context, errors } = await openApp(browser, {
      existingFiling: true,
      scenario: { registry: 'rejectOnce' },
    })
    await page.getByRole('button', { name: '更新填报' }).click()
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByText('提交未通过校验').waitFor()
    await page.getByRole('button', { name: '去修改' }).click()

    const summary = page.getByRole('alert').filter({ hasText: '处需要修改' })
    await summary.getByRole('button', { name: new RegExp(UNREGISTERED_CERTIFICATE) }).click()
    const editor = page.getByRole('dialog', { name: '编辑人员' })
    await messageAt(editor, UNREGISTERED_CERTIFICATE).waitFor()
    const certificate = editor.getByLabel('证件编号', { exact: true })
    await expect.poll(() => certificate.evaluate(input => input === document.activeElement)).toBe(true)

    const replacement = randomIdNumber(mulberry32(422))
    await certificate.fill(replacement)
    await editor.getByRole('button', { name: '保存' }).click()
    await editor.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByText('提交成功', { exact: true }).waitFor()

    const puts = (await backendLog(page)).filter(entry => entry.method === 'PUT')
    expect(puts).toHaveLength(2)
    const workers = (puts[1]!.body as Filing).specialWorkers
    expect(workers[workers.length - 1]!.certificateNo).toBe(replacement)
    expect(errors).toEqual([])
    await context.close()
  })
})
