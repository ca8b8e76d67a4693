// Vant's dialogs, each with a history entry so Android's back key closes it (see backClose.ts).
// Kept apart from backClose.ts, which loads on the first screen: dialogs come with the screens
// that ask something.
import { closeDialog, showConfirmDialog, type DialogOptions } from 'vant'

import { pushOverlayEntry, releaseOverlayEntry } from './backClose'

import 'vant/es/dialog/style'

/** Vant's confirm dialog with a history entry: true when confirmed, false on cancel or back. */
export function confirmDialog(options: DialogOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false
    const entry = pushOverlayEntry(() => {
      settled = true
      closeDialog()
      resolve(false)
    })

    void showConfirmDialog({ ...options, closeOnPopstate: false })
      .then(() => true, () => false)
      .then(async (answer) => {
        if (settled) return
        settled = true
        await releaseOverlayEntry(entry)
        resolve(answer)
      })
  })
}

/** Vant's alert dialog with a history entry; resolves when dismissed by its button or back. */
export async function alertDialog(options: DialogOptions): Promise<void> {
  await confirmDialog({ ...options, showCancelButton: false })
}
