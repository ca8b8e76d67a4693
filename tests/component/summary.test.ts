// 下一步 with errors (spec §3): a summary at the top whose entries jump to the field; a server
// 422 lands on the same fields.
import { within } from '@testing-library/vue'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import type { Filing } from '@/domain/filing'
import { todayInChina } from '@/domain/rules'
import { sampleFiling } from '@mock/backend'
import { NODE_MOCK_BASE_URL } from '@mock/node'

import { fieldOf, findDialog } from './support/queries'
import { openForm, renderApp } from './support/renderApp'

/** The sample filing with 钳工班 (the second 班组, 张国庆) given a 10-digit phone. */
function filingWithBadTeamPhone(): Filing {
  const filing = sampleFiling(todayInChina())
  filing.teams[1]!.phone = '1801111222'

  return filing
}

describe('error summary', () => {
  it('should count what blocks 下一步 when the filing has errors', async () => {
    const { screen, user } = await openForm({ existingFiling: filingWithBadTeamPhone() })

    await user.click(screen.getByRole('button', { name: '下一步' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('heading').textContent).toContain('还有 1 处需要修改')
    expect(within(summary).getByRole('button').textContent).toContain('班组级负责人第2条（张国庆） · 联系方式')
  })

  it('should open the item\'s editor with the field focused when an entry is tapped', async () => {
    const { screen, user } = await openForm({ existingFiling: filingWithBadTeamPhone() })
    await user.click(screen.getByRole('button', { name: '下一步' }))
    const summary = await screen.findByRole('alert')

    await user.click(within(summary).getByRole('button', { name: /联系方式/ }))

    const editor = await screen.findByRole('dialog', { name: '编辑班组' })
    const phone = within(editor).getByLabelText<HTMLInputElement>('联系方式')
    await expect.poll(() => document.activeElement).toBe(phone)
    expect(phone.value).toBe('1801111222')
    expect(within(fieldOf(phone)).getByText(/请填写11位手机号/)).toBeTruthy()
  })
})

describe('server 422', () => {
  const message = '证件编号与发证机关记录不符'

  async function submitRefused() {
    const app = await openForm({ existingFiling: sampleFiling(todayInChina()) })
    app.server.use(http.put(`${NODE_MOCK_BASE_URL}/v1/filing`, () => HttpResponse.json({
      code: 'VALIDATION_FAILED',
      message: '提交的信息未通过校验',
      fieldErrors: [{ path: 'specialWorkers[1].certificateNo', message }],
    }, { status: 422 }), { once: true }))

    await app.user.click(app.screen.getByRole('button', { name: '下一步' }))
    await app.user.click(await app.screen.findByRole('button', { name: '确认并提交' }))
    const dialog = await findDialog('提交未通过校验')
    await app.user.click(within(dialog).getByRole('button', { name: '去修改' }))

    return app
  }

  it('should list the server\'s message in the summary when the backend refuses a field', async () => {
    const { screen } = await submitRefused()

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('button').textContent)
      .toBe(`“两电一容”人员第2条（刘志明） · 证件编号：${message}`)
  })

  it('should show the server\'s message at the field when that item\'s editor opens', async () => {
    const { screen, user } = await submitRefused()
    const summary = await screen.findByRole('alert')

    await user.click(within(summary).getByRole('button', { name: /证件编号/ }))

    const editor = await screen.findByRole('dialog', { name: '编辑人员' })
    const certificateNo = within(editor).getByLabelText('证件编号')
    expect(within(fieldOf(certificateNo)).getByText(message)).toBeTruthy()
    await expect.poll(() => document.activeElement).toBe(certificateNo)
  })
})

describe('确认信息 opened directly', () => {
  it('should send nothing and list what to fix when the filing has errors', async () => {
    const { screen, router, log } = await renderApp({
      route: '/confirm',
      existingFiling: filingWithBadTeamPhone(),
    })

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('heading').textContent).toContain('还有 1 处需要修改')
    expect(router.currentRoute.value.path).toBe('/form')
    expect(log.filter(entry => entry.method === 'PUT')).toEqual([])
  })
})
