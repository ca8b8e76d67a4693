// A filer files for the first time, comes back after a reload and updates one item.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Filing } from '@/domain/filing'
import { addDays, checkPhone, todayInChina } from '@/domain/rules'
import { mulberry32, randomIdNumber } from '@mock/fixtures/generators'
import { backendLog, launchChromium, openApp } from './support/browser'
import { addItem, fillEditor } from './support/filer'

const rng = mulberry32(20261203)
const today = todayInChina()
const years = (date: string, n: number) => `${Number(date.slice(0, 4)) + n}${date.slice(4)}`

const PRINCIPALS = [
  { 姓名: '陈建国', 职务: '总经理', 联系方式: '138 2645 1234' },
  { 姓名: '刘美华', 职务: '安全总监', 联系方式: '020-83345678' },
]
const WORKSHOPS = [
  { 车间名称: '冲压车间', 姓名: '王志强', 职务: '车间主任', 联系方式: '13922334455' },
  { 车间名称: '焊装车间', 姓名: '赵磊', 职务: '车间主任', 联系方式: '13711112222' },
  { 车间名称: '涂装车间', 姓名: '孙丽', 职务: '车间副主任', 联系方式: '19212345678' },
]
const TEAMS = [
  { 所属车间: '冲压车间', 班组名称: '冲压一班', 姓名: '周杰', 职务: '班长', 联系方式: '13600001111' },
  { 所属车间: '冲压车间', 班组名称: '冲压二班', 姓名: '吴刚', 职务: '班长', 联系方式: '13600002222' },
  { 所属车间: '焊装车间', 班组名称: '焊装一班', 姓名: '郑浩', 职务: '班长', 联系方式: '15800003333' },
  { 所属车间: '涂装车间', 班组名称: '涂装一班', 姓名: '黄小明', 职务: '班长', 联系方式: '18800004444' },
]
const expiringUntil = addDays(today, 30)
const expiredUntil = addDays(today, -10)
const WORKERS = [
  { 工种类型: '电工', 姓名: '李强', 联系方式: '13500005555', 证件编号: '11010519491231002X', 发证单位: '广东省应急管理厅', 有效期开始日期: '2022-03-01', 有效期截止日期: '2028-03-01' },
  { 工种类型: '电工', 姓名: '何伟', 联系方式: '13500006666', 证件编号: `T${randomIdNumber(rng)}`, 发证单位: '广州市应急管理局', 有效期开始日期: '2021-06-15', 有效期截止日期: '2027-06-15' },
  { 工种类型: '电焊工', 姓名: '林志明', 联系方式: '13500007777', 证件编号: '440524188001010014', 发证单位: '广东省应急管理厅', 有效期开始日期: years(expiringUntil, -6), 有效期截止日期: expiringUntil },
  { 工种类型: '电焊工', 姓名: '曾凡', 联系方式: '13500008888', 证件编号: randomIdNumber(rng), 发证单位: '佛山市应急管理局', 有效期开始日期: '2023-01-10', 有效期截止日期: '2029-01-10' },
  { 工种类型: '压力容器操作工', 姓名: '梁海', 联系方式: '13500009999', 证件编号: randomIdNumber(rng), 发证单位: '广东省市场监督管理局', 有效期开始日期: '2024-05-20', 有效期截止日期: '2028-05-20' },
  { 工种类型: '压力容器操作工', 姓名: '邓丽君', 联系方式: '0757-82345678', 证件编号: randomIdNumber(rng), 发证单位: '广东省市场监督管理局', 有效期开始日期: years(expiredUntil, -4), 有效期截止日期: expiredUntil },
]
const TRADES: Record<string, string> = { 电工: 'electrician', 电焊工: 'welder', 压力容器操作工: 'pressure_vessel_operator' }

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('filing flow', () => {
  it('should submit a whole filing, show it again after a reload and submit an update with If-Match', async () => {
    const { page, context, errors } = await openApp(browser, { scenario: { creditCode: 'missing' } })

    await page.getByRole('button', { name: '开始填报' }).click()
    const creditCode = page.getByLabel('统一社会信用代码', { exact: true })
    await expect.poll(() => creditCode.inputValue()).toBe('')
    await creditCode.fill('9144 0300 5685 2049 8a')
    await creditCode.blur()
    await expect.poll(() => creditCode.inputValue()).toBe('91440300568520498A')

    for (const values of PRINCIPALS) await addItem(page, '主要负责人', values)
    for (const values of WORKSHOPS) await addItem(page, '车间', values)
    for (const values of TEAMS) await addItem(page, '班组', values)
    for (const values of WORKERS) await addItem(page, '人员', values)

    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '确认并提交' }).waitFor()
    await expect.poll(() => page.getByText('有效 4 人 · 即将到期 1 人 · 已过期 1 人').count()).toBe(1)
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByText('提交成功', { exact: true }).waitFor()

    const puts = (await backendLog(page)).filter(entry => entry.method === 'PUT')
    expect(puts).toHaveLength(1)
    expect(puts[0]!.ifMatch).toBeNull()
    expect(puts[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    const sent = puts[0]!.body as Filing
    expect(sent.enterprise.creditCode).toBe('91440300568520498A')
    expect(sent.principals.map(p => [p.name, p.position, p.phone])).toEqual(
      PRINCIPALS.map(p => [p.姓名, p.职务, checkPhone(p.联系方式).value]),
    )
    expect(sent.workshops.map(w => [w.workshopName, w.name, w.position, w.phone])).toEqual(
      WORKSHOPS.map(w => [w.车间名称, w.姓名, w.职务, w.联系方式]),
    )
    const workshopNameOf = new Map(sent.workshops.map(w => [w.id, w.workshopName]))
    expect(sent.teams.map(t => [workshopNameOf.get(t.workshopId), t.teamName, t.name, t.position, t.phone]))
      .toEqual(TEAMS.map(t => [t.所属车间, t.班组名称, t.姓名, t.职务, t.联系方式]))
    expect(sent.specialWorkers.map(w => [w.trade, w.name, w.phone, w.certificateNo, w.issuer]))
      .toEqual(WORKERS.map(w => [TRADES[w.工种类型], w.姓名, checkPhone(w.联系方式).value, w.证件编号, w.发证单位]))
    expect(sent.specialWorkers.map(w => [w.validFrom, w.validUntil]))
      .toEqual(WORKERS.map(w => [w.有效期开始日期, w.有效期截止日期]))
    const { principals, workshops, teams, specialWorkers } = sent
    const ids = [...principals, ...workshops, ...teams, ...specialWorkers].map(item => item.id)
    expect(new Set(ids).size).toBe(ids.length)

    await page.reload()
    await page.getByText(/上次提交：/).waitFor()
    await page.getByRole('button', { name: '更新填报' }).click()
    const codeAgain = page.getByLabel('统一社会信用代码', { exact: true })
    await expect.poll(() => codeAgain.inputValue()).toBe('91440300568520498A')
    for (const name of ['陈建国', '冲压车间', '冲压一班', '李强']) {
      await page.getByRole('button', { name: `编辑 ${name}` }).waitFor()
    }

    await page.getByRole('button', { name: '编辑 李强' }).click()
    await fillEditor(page, '编辑人员', { 联系方式: '13500005556' })
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '确认并提交' }).click()
    await page.getByText('提交成功', { exact: true }).waitFor()

    const update = (await backendLog(page)).filter(entry => entry.method === 'PUT')
    expect(update).toHaveLength(1)
    expect(update[0]!.ifMatch).toBe('"1"')
    const updated = update[0]!.body as Filing
    expect(updated.specialWorkers.find(w => w.name === '李强')?.phone).toBe('13500005556')
    expect(updated.specialWorkers.map(w => w.id)).toEqual(sent.specialWorkers.map(w => w.id))

    expect(errors).toEqual([])
    await context.close()
  })
})
