// 确认并提交 and what each outcome means for the filer: 提交成功, a fix on the form, a retry that
// reuses the submission's key, or the conflict dialog (shown by ConflictDialog).
import { computed } from 'vue'
import { useRouter } from 'vue-router'

import { isApiError } from '@/api/errors'
import { alertDialog, confirmDialog } from '@/lib/dialogs'
import { useFilingStore } from '@/stores/filing'
import { isSubmitBusy } from '@/stores/submitFlow'

/** The submit action of the confirm screen; `busy` while a submission is under way. */
export function useSubmit() {
  const router = useRouter()
  const store = useFilingStore()
  const busy = computed(() => isSubmitBusy(store.submitState))

  async function submit(overwriteRevision?: number | null): Promise<void> {
    if (await store.submit(overwriteRevision)) {
      await router.replace('/done')
      return
    }
    const state = store.submitState
    if (state.status !== 'error') return

    const { error, uncertain } = state
    if (isApiError(error) && error.code === 'VALIDATION_FAILED') {
      await alertDialog({
        title: '提交未通过校验',
        message: '服务器发现部分信息需要修改，请按提示修改后再提交。',
        confirmButtonText: '去修改',
      })
      await router.push('/form')
      return
    }

    const retry = await confirmDialog({
      title: uncertain ? '未能确认是否提交成功' : '提交失败',
      message: uncertain
        ? '网络不稳定，暂时无法确认提交结果。重新提交不会产生重复的填报，填写的内容都还在。'
        : `${error.message}\n填写的内容都还在，可以重新提交。`,
      confirmButtonText: '重新提交',
      cancelButtonText: '稍后再试',
    })
    if (retry) await submit()
  }

  return { submit, busy }
}
