// The item editor keeps what an IME is still composing (RuleField listens in the capture phase).
import { fireEvent, within } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'

import { openForm } from './support/renderApp'

describe('item editor', () => {
  it('should save the name an IME is still composing when 保存 is tapped', async () => {
    const { screen, user } = await openForm()
    await user.click(screen.getByRole('button', { name: '添加主要负责人' }))
    const editor = await screen.findByRole('dialog', { name: '添加主要负责人' })
    await user.type(within(editor).getByLabelText('职务'), '董事长')
    await user.type(within(editor).getByLabelText('联系方式'), '13826012345')
    const name = within(editor).getByLabelText<HTMLInputElement>('姓名')
    await user.click(name)

    // Chrome on Android with Gboard: input events flagged isComposing, no compositionend yet.
    await fireEvent.compositionStart(name)
    name.value = '张伟'
    await fireEvent(name, new InputEvent('input', {
      bubbles: true,
      isComposing: true,
      inputType: 'insertCompositionText',
      data: '张伟',
    }))
    await user.click(within(editor).getByRole('button', { name: '保存' }))

    const section = screen.getByRole('region', { name: /企业主要负责人/ })
    expect(within(section).getByRole('button', { name: '编辑 张伟' })).toBeTruthy()
    expect(within(section).getByRole('heading').textContent).toContain('（1）')
  })
})
