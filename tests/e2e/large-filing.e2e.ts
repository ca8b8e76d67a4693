// A shipyard-sized filing: 60 workshops, 400 teams, 3,000 certified workers. Found by search,
// filtered by status, edited and submitted, with only the rows on screen in the page.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Filing } from '@/domain/filing'
import { addDays, todayInChina } from '@/domain/rules'
import { mulberry32, randomFiling } from '@mock/fixtures/generators'
import { backendLog, launchChromium, openApp } from './support/browser'
import { fillEditor } from './support/filer'

const SIZE = { principals: 5, workshops: 60, teams: 400, specialWorkers: 3000 }
const EXPIRED_EVERY = 100

function largeFiling(): Filing {
  const filing = randomFiling(mulberry32(6), SIZE)
  const expired = addDays(todayInChina(), -3)
  filing.specialWorkers.forEach((worker, index) => {
    if (index % EXPIRED_EVERY === 0) {
      worker.validFrom = `${Number(expired.slice(0, 4)) - 6}${expired.slice(4)}`
      worker.validUntil = expired
    }
  })

  return filing
}

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('a large enterprise', () => {
  it('should search, filter, edit and submit 3,000 workers with only visible rows rendered', async () => {
    const filing = largeFiling()
    const target = filing.specialWorkers[1234]!
    const { page, context, errors } = await openApp(browser, { seedFiling: filing })

    await page.getByRole('button', { name: '更新填报' }).click()
    await page.getByRole('heading', { name: /“两电一容”人员\s*（3000）/ }).waitFor()
    await page.getByRole('link', { name: '查看全部 3000 条，可搜索' }).click()
    await page.getByText('共 3000 条').waitFor()
    expect(await page.getByRole('button', { name: /^编辑 / }).count()).toBeLessThan(40)

    await page.getByRole('button', { name: '已过期' }).click()
    await page.getByText(`找到 ${SIZE.specialWorkers / EXPIRED_EVERY} 条`).waitFor()
    await page.getByRole('button', { name: '全部' }).click()

    await page.getByLabel('搜索').fill(target.certificateNo.slice(-8))
    await page.getByText('找到 1 条').waitFor()
    await page.getByRole('button', { name: `编辑 ${target.name}` }).click()
    await fillEditor(page, '编辑人员', { 联系方式: '13912340000' })

    await page.getByRole('button', { name: '返回填报' }).click()
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByText('提交成功', { exact: true }).waitFor()

    const [put] = (await backendLog(page)).filter(entry => entry.method === 'PUT')
    const sent = put!.body as Filing
    expect(sent.specialWorkers).toHaveLength(SIZE.specialWorkers)
    expect(sent.teams).toHaveLength(SIZE.teams)
    expect(sent.specialWorkers.find(worker => worker.id === target.id)?.phone).toBe('13912340000')
    expect(errors).toEqual([])
    await context.close()
  })

  it('should load the QA panel\'s 大型企业 with some certificates expired and some expiring', async () => {
    const { page, context, errors } = await openApp(browser)
    await page.getByRole('button', { name: 'QA 场景' }).click()
    await page.getByRole('button', { name: '大型企业' }).click()

    await page.getByRole('button', { name: '更新填报' }).click()
    for (const heading of [/企业主要负责人\s*（5）/, /车间级负责人\s*（60）/, /班组级负责人\s*（400）/]) {
      await page.getByRole('heading', { name: heading }).waitFor()
    }
    await page.getByRole('link', { name: '查看全部 3000 条，可搜索' }).click()
    await page.getByRole('button', { name: '已过期' }).click()
    await page.getByText('找到 30 条').waitFor()
    await page.getByRole('button', { name: '即将到期' }).click()
    await page.getByText('找到 30 条').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
