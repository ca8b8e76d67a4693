// Text longer than a field allows is kept whole: the message counts it, and 保存 waits.
import { within } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'

import { fieldOf } from './support/queries'
import { openForm } from './support/renderApp'

const LONG_ISSUER = '广东省应急管理厅'.repeat(20)

describe('item editor text limits', () => {
  it('should keep all of a too long paste and count it in the message', async () => {
    const { screen, user } = await openForm()
    await user.click(screen.getByRole('button', { name: '添加人员' }))
    const editor = await screen.findByRole('dialog', { name: '添加人员' })
    const issuer = within(editor).getByLabelText<HTMLInputElement>('发证单位')

    await user.click(issuer)
    await user.paste(LONG_ISSUER)
    await user.tab()

    expect(issuer.value).toBe(LONG_ISSUER)
    expect(fieldOf(issuer).textContent).toContain(`发证单位最多50个字，当前${[...LONG_ISSUER].length}个`)
  })

  it('should not save an item whose text is too long, and say why at the field', async () => {
    const { screen, user } = await openForm()
    await user.click(screen.getByRole('button', { name: '添加主要负责人' }))
    const editor = await screen.findByRole('dialog', { name: '添加主要负责人' })
    const position = '安全生产委员会主任'.repeat(7)
    await user.type(within(editor).getByLabelText('姓名'), '陈建国')
    await user.click(within(editor).getByLabelText('职务'))
    await user.paste(position)
    await user.type(within(editor).getByLabelText('联系方式'), '13826451234')

    await user.click(within(editor).getByRole('button', { name: '保存' }))

    const field = fieldOf(within(editor).getByLabelText('职务'))
    expect(field.textContent).toContain(`职务最多50个字，当前${[...position].length}个`)
    expect(screen.getByRole('dialog', { name: '添加主要负责人' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '编辑 陈建国' })).toBeNull()
  })
})
