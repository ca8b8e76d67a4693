// Writes only what changed of a draft: the editor's values (small) as the filer types, the
// filing (up to ~600,000 characters for 3,000 workers) only when the filing itself changed.
import type { Filing } from '@/domain/filing'
import { measured } from '@/lib/userTiming'

import type { DraftOwner, DraftRepository } from './repository'
import { DRAFT_SCHEMA_VERSION, type EditorDraft, type EditorPart, type FilingPart } from './schema'
import type { WriteResult } from './storage'

/** Performance measures around each write, read by the bench (bench/typing.mjs). */
export const DRAFT_SAVE_MEASURE = 'draft-save'
export const DRAFT_SAVE_EDITOR_MEASURE = 'draft-save-editor'

/** What the draft should hold now. */
export interface DraftState {
  filing: Filing
  baseRevision: number | null
  /** Edits since the filing was loaded or submitted: 0 means it is the submitted one. */
  editCount: number
  editor: EditorDraft | null
}

/** What the two keys hold as far as this page knows: `unknown` is rewritten by the next save. */
export interface StoredParts {
  filing: Pick<DraftState, 'filing' | 'baseRevision'> | 'none' | 'unknown'
  editor: EditorDraft | 'none' | 'unknown'
}

export interface DraftWriter {
  /** Writes the parts of `state` that changed since the last write; [] when none did. */
  write: (owner: DraftOwner, state: DraftState, savedAt: string) => WriteResult[]
  /** Records what storage holds after a load, a continue or a clear. */
  assume: (stored: StoredParts) => void
}

/** A writer over `repository` that remembers what it wrote. */
export function createDraftWriter(repository: DraftRepository): DraftWriter {
  // The filing store replaces its filing on every change and never mutates it, so an
  // identity check says whether it changed.
  let stored: StoredParts = { filing: 'unknown', editor: 'unknown' }

  function writeFiling(owner: DraftOwner, state: DraftState, savedAt: string): WriteResult | null {
    const { filing, baseRevision, editCount, editor } = state
    if (editCount === 0) {
      // The form shows the submitted filing (after a 409, someone else's): an open editor's
      // values are kept against that one, not against an older filing part of ours.
      if (editor && typeof stored.filing === 'object') {
        repository.clearFiling(owner)
        stored = { ...stored, filing: 'none' }
      }
      return null
    }
    const last = stored.filing
    if (typeof last === 'object' && last.filing === filing && last.baseRevision === baseRevision) {
      return null
    }

    const part: FilingPart = { schemaVersion: DRAFT_SCHEMA_VERSION, savedAt, baseRevision, filing }
    stored = { ...stored, filing: { filing, baseRevision } }
    return measured(DRAFT_SAVE_MEASURE, () => repository.saveFiling(owner, part))
  }

  function writeEditor(owner: DraftOwner, state: DraftState, savedAt: string): WriteResult | null {
    const { editor, baseRevision } = state
    if (editor === stored.editor || (!editor && stored.editor === 'none')) return null
    stored = { ...stored, editor: editor ?? 'none' }
    if (!editor) {
      repository.clearEditor(owner)
      return null
    }

    const part: EditorPart = { schemaVersion: DRAFT_SCHEMA_VERSION, savedAt, baseRevision, editor }
    return measured(DRAFT_SAVE_EDITOR_MEASURE, () => repository.saveEditor(owner, part))
  }

  return {
    write(owner, state, savedAt) {
      // The filing first: were the editor's values gone before the saved item is stored, a
      // crash in between would lose them.
      return [writeFiling(owner, state, savedAt), writeEditor(owner, state, savedAt)]
        .filter(result => result !== null)
    },
    assume(next) {
      stored = next
    },
  }
}
