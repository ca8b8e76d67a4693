// The filing form (spec §3): the credit code field, adding items and deleting a workshop.
import { within } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'

import { todayInChina } from '@/domain/rules'
import { sampleFiling } from '@mock/backend'

import { fieldOf, findDialog } from './support/queries'
import { openForm } from './support/renderApp'

describe('filing form', () => {
  it('should find 统一社会信用代码 by its label when the form opens', async () => {
    const { screen } = await openForm()

    const input = screen.getByLabelText('统一社会信用代码')

    expect(input.tagName).toBe('INPUT')
    expect(input.getAttribute('placeholder')).toBe('18位，见营业执照')
  })

  it('should show the half-width code when a full-width one is typed and left', async () => {
    const { screen, user } = await openForm()
    const input = screen.getByLabelText<HTMLInputElement>('统一社会信用代码')

    await user.type(input, '９１４４０３００５６８５２０４９８Ａ')
    await user.tab()

    expect(input.value).toBe('91440300568520498A')
    expect(within(fieldOf(input)).queryByText(/校验码/)).toBeNull()
  })

  it('should show the message at the field when the check character is wrong', async () => {
    const { screen, user } = await openForm()
    const input = screen.getByLabelText<HTMLInputElement>('统一社会信用代码')

    await user.type(input, '91440300568520498B')
    await user.tab()

    expect(within(fieldOf(input)).getByText('第18位校验码不正确，请核对营业执照')).toBeTruthy()
  })

  it('should list a 主要负责人 with the count when one is added through the editor', async () => {
    const { screen, user } = await openForm()

    await user.click(screen.getByRole('button', { name: '添加主要负责人' }))
    const editor = await screen.findByRole('dialog', { name: '添加主要负责人' })
    await user.type(within(editor).getByLabelText('姓名'), '欧阳建华')
    await user.type(within(editor).getByLabelText('职务'), '总经理')
    await user.type(within(editor).getByLabelText('联系方式'), '13826012345')
    await user.click(within(editor).getByRole('button', { name: '保存' }))

    const section = screen.getByRole('region', { name: /企业主要负责人/ })
    expect(within(section).getByRole('heading').textContent).toContain('（1）')
    expect(within(section).getByRole('button', { name: '编辑 欧阳建华' })).toBeTruthy()
    expect(within(section).getByText('总经理 · 13826012345')).toBeTruthy()
  })
})

describe('deleting a 车间', () => {
  const filing = () => sampleFiling(todayInChina())

  it('should name its 班组 when asked to confirm', async () => {
    const { screen, user } = await openForm({ existingFiling: filing() })

    await user.click(screen.getByRole('button', { name: '删除 机加工车间' }))
    const dialog = await findDialog('确认删除车间')

    expect(dialog.textContent).toContain('将同时删除其下 2 个班组：“数控班”、“钳工班”')
  })

  it('should delete the 车间 and its 班组 when confirmed', async () => {
    const { screen, user } = await openForm({ existingFiling: filing() })

    await user.click(screen.getByRole('button', { name: '删除 机加工车间' }))
    const dialog = await findDialog('确认删除车间')
    await user.click(within(dialog).getByRole('button', { name: '删除' }))

    const teams = screen.getByRole('region', { name: /班组级负责人/ })
    await expect.poll(() => screen.queryByRole('button', { name: '编辑 机加工车间' })).toBeNull()
    expect(within(teams).queryByRole('button', { name: '编辑 数控班' })).toBeNull()
    expect(within(teams).queryByRole('button', { name: '编辑 钳工班' })).toBeNull()
    expect(within(teams).getByRole('heading').textContent).toContain('（2）')
  })

  it('should bring the 车间 and its 班组 back when 撤销 is tapped', async () => {
    const { screen, user } = await openForm({ existingFiling: filing() })
    await user.click(screen.getByRole('button', { name: '删除 机加工车间' }))
    const dialog = await findDialog('确认删除车间')
    await user.click(within(dialog).getByRole('button', { name: '删除' }))

    await user.click(await screen.findByRole('button', { name: '撤销' }))

    const teams = screen.getByRole('region', { name: /班组级负责人/ })
    expect(screen.getByRole('button', { name: '编辑 机加工车间' })).toBeTruthy()
    expect(within(teams).getByRole('button', { name: '编辑 数控班' })).toBeTruthy()
    expect(within(teams).getByRole('button', { name: '编辑 钳工班' })).toBeTruthy()
    expect(within(teams).getByRole('heading').textContent).toContain('（4）')
  })
})
