// Recovers from a redeploy under an open page: saves the draft, reloads once at the route the
// filer was going to, and explains when even that did not help.
import { showDialog } from 'vant'
import type { Router } from 'vue-router'

import { isChunkLoadError, reloadAt } from '@/lib/chunkReload'
import { useDraftsStore } from '@/stores/drafts'

let reloading = false

function recover(path: string): void {
  if (reloading) return
  useDraftsStore().flush()
  reloading = reloadAt(path)
  if (reloading) return

  void showDialog({
    title: '页面加载失败',
    message: '应用可能刚刚更新，或网络不稳定。已填写的内容已保存在本机，请关闭后从一键通重新打开“三级责任人”。',
    confirmButtonText: '知道了',
  })
}

/** Routes whose lazy chunk fails to load are recovered by one reload. */
export function installChunkRecovery(router: Router): void {
  router.onError((error, to) => {
    if (!isChunkLoadError(error)) throw error
    recover(to.fullPath)
  })
  // Vite's preload helper reports a failed preload here first, then rethrows it into the
  // router. Waiting a task lets onError recover with the route being opened; this only
  // catches failed imports outside a navigation.
  window.addEventListener('vite:preloadError', () => {
    setTimeout(() => recover(router.currentRoute.value.fullPath), 0)
  })
}
