// The message under each field of an item editor: the store's findings on the item, the
// server's 422 messages about it, and each field's own check on blur. An error goes as soon
// as the filer edits its field; a server message also leaves the store then (spec §3).
import { reactive, type Ref } from 'vue'

import type { FilingListKey } from '@/domain/filing'
import type { FieldResult, FilingIssue } from '@/domain/rules'
import { useFilingStore } from '@/stores/filing'

export interface FieldMessages {
  error?: string
  warning?: string
}

/** Messages by field key for the item `itemId` of `list()`. */
export function useEditorMessages(list: () => FilingListKey | null, itemId: Ref<string>) {
  const store = useFilingStore()
  const messages = reactive<Record<string, FieldMessages>>({})

  function indexOfItem(key: FilingListKey): number {
    return (store.filing[key] as { id: string }[]).findIndex(item => item.id === itemId.value)
  }

  function clear(): void {
    for (const key of Object.keys(messages)) delete messages[key]
  }

  /** Shows the server's messages on the saved item, then `issues` (paths relative to it). */
  function show(issues: readonly FilingIssue[]): void {
    clear()
    const key = list()
    const index = key ? indexOfItem(key) : -1
    const prefix = `${key}[${index}].`
    for (const [path, message] of Object.entries(store.serverErrors)) {
      if (index !== -1 && path.startsWith(prefix)) messages[path.slice(prefix.length)] = { error: message }
    }
    for (const issue of issues) {
      const current = messages[issue.path] ?? {}
      if (issue.severity === 'error') current.error ??= issue.message
      else current.warning ??= issue.message
      messages[issue.path] = current
    }
  }

  function checked(field: string, result: FieldResult): void {
    messages[field] = { error: result.error, warning: result.warning }
  }

  /** The filer changed `field`: its error, and the server's message about it, go. */
  function edited(field: string): void {
    if (messages[field]?.error) messages[field] = {}

    const key = list()
    const index = key ? indexOfItem(key) : -1
    if (key && index !== -1) store.clearServerError(`${key}[${index}].${field}`)
  }

  return { messages, clear, show, checked, edited }
}
