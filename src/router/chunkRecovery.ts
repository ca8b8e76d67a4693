// Recovers from a redeploy under an open page: saves the draft, reloads once at the route the
// filer was going to, and explains when even that did not help.
import type { Router } from 'vue-router'

import { isChunkLoadError, reloadAt } from '@/lib/chunkReload'

const FAILED_TITLE = '页面加载失败'
const FAILED_MESSAGE = '应用可能刚刚更新，或网络不稳定。已填写的内容已保存在本机，'
  + '请关闭后从一键通重新打开“三级责任人”。'

let reloading = false

/**
 * Flushes the draft, when there is one. The drafts store is not on the first screen: once a
 * screen has used it, this import resolves from the loaded module; before that there is no
 * draft, and an import that fails (the redeploy again) has nothing to save.
 */
async function flushDraft(): Promise<void> {
  try {
    const { useDraftsStore } = await import('@/stores/drafts')
    useDraftsStore().flush()
  } catch {
    // Nothing was loaded, so nothing was typed since the last save.
  }
}

async function recover(path: string): Promise<void> {
  if (reloading) return
  reloading = true
  await flushDraft()
  reloading = reloadAt(path)
  if (reloading) return

  try {
    const { alertDialog } = await import('@/lib/dialogs')
    await alertDialog({ title: FAILED_TITLE, message: FAILED_MESSAGE, confirmButtonText: '知道了' })
  } catch {
    // The dialog's own chunk is gone too: the browser's alert needs no chunk.
    window.alert(`${FAILED_TITLE}\n${FAILED_MESSAGE}`)
  }
}

/** Routes whose lazy chunk fails to load are recovered by one reload. */
export function installChunkRecovery(router: Router): void {
  router.onError((error, to) => {
    if (!isChunkLoadError(error)) throw error
    void recover(to.fullPath)
  })
  // Vite's preload helper reports a failed preload here first, then rethrows it into the
  // router. Waiting a task lets onError recover with the route being opened; this only
  // catches failed imports outside a navigation.
  window.addEventListener('vite:preloadError', () => {
    setTimeout(() => void recover(router.currentRoute.value.fullPath), 0)
  })
}
