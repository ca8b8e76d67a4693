// What a filer does with their thumbs, in the words the screen uses.
import type { Frame, Page } from 'playwright-core'

/** A page, or the app's frame inside the host simulator. */
type Surface = Page | Frame

export type ItemValues = Record<string, string>

/** Opens 添加<noun>, fills each labelled field (pickers by their visible option) and saves. */
export async function addItem(page: Surface, noun: string, values: ItemValues): Promise<void> {
  await page.getByRole('button', { name: `添加${noun}` }).click()
  await fillEditor(page, `添加${noun}`, values)
}

/** Fills the open editor titled `title` and taps 保存; resolves once it has closed. */
export async function fillEditor(page: Surface, title: string, values: ItemValues): Promise<void> {
  const editor = page.getByRole('dialog', { name: title })
  await editor.waitFor()

  for (const [label, value] of Object.entries(values)) {
    if (label === '工种类型') {
      await editor.getByRole('radio', { name: value, exact: true }).check()
    } else if (label === '所属车间') {
      await editor.getByLabel(label, { exact: true }).click()
      await page.getByRole('button', { name: value, exact: true }).click()
    } else {
      await editor.getByLabel(label, { exact: true }).fill(value)
    }
  }
  await editor.getByRole('button', { name: '保存' }).click()
  await editor.waitFor({ state: 'hidden' })
}
