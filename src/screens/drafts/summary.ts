// What a draft holds, in one line a filer can check at a glance.
import type { Draft } from '@/drafts'
import { SECTIONS } from '../form/sections'

/** Per section: its title and how many items the draft holds. */
export function draftCounts(draft: Draft): { title: string, count: number }[] {
  return SECTIONS.map(section => ({ title: section.title, count: draft.filing[section.key].length }))
}

/** The item that was open in the editor, e.g. “添加人员（未保存）”, or null. */
export function draftEditorLine(draft: Draft): string | null {
  if (!draft.editor) return null
  const section = SECTIONS.find(candidate => candidate.key === draft.editor?.list)
  const verb = draft.editor.id === null ? '添加' : '编辑'

  return `正在${verb}的${section?.noun ?? '条目'}（尚未保存）`
}
