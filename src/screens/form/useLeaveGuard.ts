// Going back from the form to the guide with unsent edits asks first. The draft keeps the
// edits either way; the question is only whether the filer meant to leave.
import { showConfirmDialog } from 'vant'
import { onBeforeRouteLeave } from 'vue-router'

import { useFilingStore } from '@/stores/filing'

import 'vant/es/dialog/style'

/** Asks before the form is left for the guide while it holds unsent edits. */
export function useLeaveGuard(): void {
  const store = useFilingStore()

  onBeforeRouteLeave(async (to) => {
    if (to.name !== 'guide' || store.editCount === 0) return true

    // Vant's own dialog, not confirmDialog: a back navigation is under way, and a history
    // entry pushed now would land on the guide's URL. The router restores the URL on "stay".
    return showConfirmDialog({
      title: '返回办事指南？',
      message: '已填写的内容已自动保存为草稿，下次进入时可继续填写。',
      confirmButtonText: '返回',
      cancelButtonText: '继续填写',
      closeOnPopstate: false,
    }).then(() => true, () => false)
  })
}
