// 确认并提交 (spec §5, §6): one PUT per submission, with its keys, then 提交成功.
import { within } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'

import { mulberry32, randomFiling } from '@mock/fixtures/generators'
import { openForm } from './support/renderApp'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

async function openConfirm(options: Parameters<typeof openForm>[0] = {}) {
  const app = await openForm(options)
  await app.user.click(app.screen.getByRole('button', { name: '下一步' }))
  await app.screen.findByText('请核对以下信息，确认无误后提交。')

  return app
}

function puts(log: { method: string }[]) {
  return log.filter(entry => entry.method === 'PUT')
}

describe('submit', () => {
  it('should send one PUT with If-Match and an Idempotency-Key when updating', async () => {
    const filing = randomFiling(mulberry32(7))
    const { screen, user, log } = await openConfirm({ existingFiling: filing })

    await user.click(screen.getByRole('button', { name: '确认并提交' }))
    await screen.findByRole('heading', { name: '提交成功' })

    expect(puts(log)).toEqual([expect.objectContaining({
      path: '/v1/filing',
      ifMatch: '"3"',
      idempotencyKey: expect.stringMatching(UUID),
      body: filing,
    })])
  })

  it('should send no If-Match when the enterprise files for the first time', async () => {
    const { screen, user, log } = await openForm()
    await user.type(screen.getByLabelText('统一社会信用代码'), '91440106MA59TENT4N')
    await user.click(screen.getByRole('button', { name: '添加主要负责人' }))
    const editor = await screen.findByRole('dialog', { name: '添加主要负责人' })
    await user.type(within(editor).getByLabelText('姓名'), '陈建国')
    await user.type(within(editor).getByLabelText('职务'), '董事长')
    await user.type(within(editor).getByLabelText('联系方式'), '138 2601 2345')
    await user.click(within(editor).getByRole('button', { name: '保存' }))
    await user.click(screen.getByRole('button', { name: '下一步' }))

    await user.click(await screen.findByRole('button', { name: '确认并提交' }))
    await screen.findByRole('heading', { name: '提交成功' })

    expect(puts(log)).toHaveLength(1)
    expect(puts(log)[0]).toMatchObject({
      ifMatch: null,
      idempotencyKey: expect.stringMatching(UUID),
      body: {
        enterprise: { creditCode: '91440106MA59TENT4N' },
        principals: [{ name: '陈建国', position: '董事长', phone: '13826012345' }],
      },
    })
  })

  it('should send one request when 确认并提交 is double-tapped', async () => {
    const { screen, user, log } = await openConfirm({
      existingFiling: randomFiling(mulberry32(8)),
      scenario: { latencyMs: 150 },
    })

    await user.dblClick(screen.getByRole('button', { name: '确认并提交' }))
    await screen.findByRole('heading', { name: '提交成功' })

    expect(puts(log)).toHaveLength(1)
  })

  it('should show 提交成功 with the time and the counts when the backend accepts', async () => {
    const filing = randomFiling(mulberry32(9), { principals: 2, workshops: 3, specialWorkers: 4 })
    const { screen, user } = await openConfirm({ existingFiling: filing })

    await user.click(screen.getByRole('button', { name: '确认并提交' }))

    expect(await screen.findByRole('heading', { name: '提交成功' })).toBeTruthy()
    expect(screen.getByText(/^提交时间：/)).toBeTruthy()
    expect(screen.getByText('企业主要负责人').closest('.van-cell')?.textContent).toContain('2 人')
    expect(screen.getByText('班组级负责人').closest('.van-cell')?.textContent).toContain('6 人')
  })
})
