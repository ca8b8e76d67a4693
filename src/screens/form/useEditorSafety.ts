// What keeps the editor's typing safe: back closes its pickers and then the sheet instead of
// leaving the page, and its unsaved values go into the draft as they are typed. The snapshot
// outlives an unmount (session lost, reload for a new bundle): only closing the sheet ends it.
import { watch, type Ref } from 'vue'

import type { EditorDraft } from '@/drafts'
import { useBackClose } from '@/lib/backClose'
import { useDraftsStore } from '@/stores/drafts'
import type { EditorTarget } from './ItemEditor.vue'

export interface EditorSafetyOptions {
  target: () => EditorTarget | null
  values: Record<string, string>
  itemId: Ref<string>
  dirty: Ref<boolean>
  picker: Ref<unknown>
  /** Closes the sheet, asking first when it holds unsaved values. */
  cancel: () => Promise<void>
}

/** Wires the editor to the back key and to the draft. */
export function useEditorSafety(options: EditorSafetyOptions): void {
  const drafts = useDraftsStore()

  useBackClose(() => options.target() !== null, options.cancel)
  useBackClose(() => options.picker.value !== null, () => {
    options.picker.value = null
  })

  watch([options.target, () => ({ ...options.values }), options.dirty], ([target]) => {
    if (!target || !options.dirty.value) {
      drafts.trackEditor(null)
      return
    }
    const snapshot: EditorDraft = {
      list: target.list,
      id: target.id,
      itemId: options.itemId.value,
      values: { ...options.values },
    }
    drafts.trackEditor(snapshot)
  })
}
