// Pasting a whole chat message into a code field keeps only the code (issue: paste with
// surrounding text).
import { within } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'

import { todayInChina } from '@/domain/rules'
import { sampleFiling } from '@mock/backend'

import { fieldOf } from './support/queries'
import { openForm } from './support/renderApp'

describe('paste with surrounding text', () => {
  it('should keep only the code when a message is pasted into 统一社会信用代码', async () => {
    const { screen, user } = await openForm()
    const input = screen.getByLabelText<HTMLInputElement>('统一社会信用代码')

    await user.click(input)
    await user.paste('统一社会信用代码：91440300568520498A。')

    expect(input.value).toBe('91440300568520498A')
  })

  it('should show the wrong check character when a message with a mistyped code is pasted', async () => {
    const { screen, user } = await openForm()
    const input = screen.getByLabelText<HTMLInputElement>('统一社会信用代码')

    await user.click(input)
    await user.paste('老板发的：信用代码91440300568520498B，麻烦填一下')
    await user.tab()

    expect(input.value).toBe('91440300568520498B')
    expect(within(fieldOf(input)).getByText('第18位校验码不正确，请核对营业执照')).toBeTruthy()
  })

  it('should paste the text as it is when it holds no code', async () => {
    const { screen, user } = await openForm()
    const input = screen.getByLabelText<HTMLInputElement>('统一社会信用代码')

    await user.click(input)
    await user.paste('9144 0300')

    expect(input.value).toBe('9144 0300')
  })

  it('should keep only the number when a message is pasted into a 联系方式', async () => {
    const { screen, user } = await openForm({ existingFiling: sampleFiling(todayInChina()) })
    await user.click(screen.getByRole('button', { name: '编辑 陈建国' }))
    const editor = await screen.findByRole('dialog', { name: '编辑主要负责人' })
    const phone = within(editor).getByLabelText<HTMLInputElement>('联系方式')

    await user.clear(phone)
    await user.paste('电话 138-0013-8000（微信同号）')

    expect(phone.value).toBe('13800138000')
  })
})
