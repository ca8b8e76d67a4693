// Queries the app's screens need beyond Testing Library's own.
import { screen } from '@testing-library/vue'

/**
 * The open Vant dialog whose text includes `title`. Vant 4.10 puts the title text itself, not
 * an element id, in aria-labelledby, so its dialogs have no accessible name to find them by.
 */
export async function findDialog(title: string): Promise<HTMLElement> {
  const dialogs = await screen.findAllByRole('dialog')
  const dialog = dialogs.find(candidate => candidate.textContent?.includes(title))
  if (!dialog) throw new Error(`No open dialog with the text ${title}`)

  return dialog
}

/** The van-field around an input: where its error or warning is shown. */
export function fieldOf(input: HTMLElement): HTMLElement {
  const field = input.closest<HTMLElement>('.van-field')
  if (!field) throw new Error('The input is not inside a van-field')

  return field
}
