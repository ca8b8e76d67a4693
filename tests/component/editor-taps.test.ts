// A tap that lands on the editor's overlay while it opens or closes does not dismiss anything.
import { fireEvent, within } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'

import { openForm } from './support/renderApp'

/** Vant's overlay behind the editor `sheet`: the last one before it in the page. */
function overlayOf(sheet: HTMLElement): HTMLElement {
  const overlay = [...document.querySelectorAll<HTMLElement>('.van-overlay')]
    .filter(candidate => candidate.compareDocumentPosition(sheet) & Node.DOCUMENT_POSITION_FOLLOWING)
    .at(-1)
  if (!overlay) throw new Error('No overlay behind the editor')

  return overlay
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

describe('item editor taps', () => {
  it('should not ask to discard when the second tap of 保存 lands on the closing overlay', async () => {
    const { screen, user } = await openForm()
    await user.click(screen.getByRole('button', { name: '添加主要负责人' }))
    const editor = await screen.findByRole('dialog', { name: '添加主要负责人' })
    await user.type(within(editor).getByLabelText('姓名'), '陈建国')
    await user.type(within(editor).getByLabelText('职务'), '总经理')
    await user.type(within(editor).getByLabelText('联系方式'), '13826451234')

    const overlay = overlayOf(editor)
    await user.click(within(editor).getByRole('button', { name: '保存' }))
    await fireEvent.click(overlay)

    await screen.findByRole('button', { name: '编辑 陈建国' })
    await sleep(50)
    expect(screen.queryByText('放弃修改？')).toBeNull()
    expect(screen.queryByRole('dialog', { name: '添加主要负责人' })).toBeNull()
  })

  it('should stay open when the overlay is tapped right after 添加 opened it', async () => {
    const { screen, user } = await openForm()
    await user.click(screen.getByRole('button', { name: '添加主要负责人' }))
    const editor = await screen.findByRole('dialog', { name: '添加主要负责人' })

    await fireEvent.click(overlayOf(editor))

    await sleep(50)
    expect(screen.getByRole('dialog', { name: '添加主要负责人' })).toBeTruthy()
  })

  it('should close when the overlay is tapped once the editor has slid in', async () => {
    const { screen, user } = await openForm()
    await user.click(screen.getByRole('button', { name: '添加主要负责人' }))
    const editor = await screen.findByRole('dialog', { name: '添加主要负责人' })
    await sleep(400)

    await fireEvent.click(overlayOf(editor))

    await sleep(50)
    expect(screen.queryByRole('dialog', { name: '添加主要负责人' })).toBeNull()
  })
})
