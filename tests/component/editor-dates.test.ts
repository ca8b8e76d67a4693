// The date pickers of 证件有效期 open where the filer most likely wants to be.
import { within } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'

import { addYears, todayInChina } from '@/domain/rules'
import { openForm } from './support/renderApp'

/** Opens 添加人员 and picks `trade` (e.g. 电工) when given. */
async function openWorkerEditor(trade?: string) {
  const app = await openForm()
  await app.user.click(app.screen.getByRole('button', { name: '添加人员' }))
  const editor = await app.screen.findByRole('dialog', { name: '添加人员' })
  if (trade) await app.user.click(within(editor).getByRole('radio', { name: trade }))

  return { ...app, editor }
}

type Worker = Awaited<ReturnType<typeof openWorkerEditor>>

/** Opens the picker of `label` and confirms it untouched: the field then reads where it opened. */
async function confirmPickerOf({ screen, user, editor }: Worker, label: string): Promise<string> {
  await user.click(within(editor).getByRole('button', { name: `选择${label}` }))
  const toolbar = await screen.findByRole('button', { name: '确认' })
  await user.click(toolbar)

  return within(editor).getByLabelText<HTMLInputElement>(label).value
}

describe('certificate date pickers', () => {
  it('should open the start date at today when it is empty', async () => {
    const worker = await openWorkerEditor('电工')

    expect(await confirmPickerOf(worker, '有效期开始日期')).toBe(todayInChina())
  })

  it('should open at the date the field holds', async () => {
    const worker = await openWorkerEditor('电工')
    await worker.user.type(within(worker.editor).getByLabelText('有效期开始日期'), '2021/6/15')

    expect(await confirmPickerOf(worker, '有效期开始日期')).toBe('2021-06-15')
  })

  it('should open the end date six years after the start for an electrician', async () => {
    const worker = await openWorkerEditor('电工')
    await worker.user.type(within(worker.editor).getByLabelText('有效期开始日期'), '2022-03-01')

    expect(await confirmPickerOf(worker, '有效期截止日期')).toBe(addYears('2022-03-01', 6))
  })

  it('should open the end date four years after the start for a pressure vessel operator', async () => {
    const worker = await openWorkerEditor('压力容器操作工')
    await worker.user.type(within(worker.editor).getByLabelText('有效期开始日期'), '2024-05-20')

    expect(await confirmPickerOf(worker, '有效期截止日期')).toBe(addYears('2024-05-20', 4))
  })

  it('should open the end date at today when there is no start yet', async () => {
    const worker = await openWorkerEditor('电焊工')

    expect(await confirmPickerOf(worker, '有效期截止日期')).toBe(todayInChina())
  })

  it('should open the end date after the start when the field holds an earlier date', async () => {
    const worker = await openWorkerEditor('电工')
    const { user, editor } = worker
    await user.type(within(editor).getByLabelText('有效期开始日期'), '2024-05-01')
    await user.type(within(editor).getByLabelText('有效期截止日期'), '2023-05-01')

    const end = await confirmPickerOf(worker, '有效期截止日期')

    expect(end > '2024-05-01').toBe(true)
    expect(end < '2024-06-01').toBe(true)
  })
})
