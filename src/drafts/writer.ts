// Writes only what changed of a draft: the editor's values (small) as the filer types, and of
// the filing only the parts whose list (or enterprise) changed. A 3,000-worker list is ~600,000
// characters; a keystroke in the credit code writes the enterprise part and the manifest.
import type { Filing } from '@/domain/filing'
import { measured } from '@/lib/userTiming'

import type { DraftOwner, DraftRepository } from './repository'
import {
  DRAFT_SCHEMA_VERSION,
  FILING_PARTS,
  type EditorDraft,
  type EditorPart,
  type FilingPartName,
} from './schema'
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

/**
 * What storage holds as far as this page knows: `unknown` is rewritten whole by the next save.
 * Claim a filing only when storage holds exactly it: the next save writes just the parts that
 * differ from it, and the manifest goes on naming the stored generation of every other part.
 */
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

/** The parts of `filing` that differ from the stored one: every part when that is not known. */
function changedParts(filing: Filing, last: StoredParts['filing']): FilingPartName[] {
  if (typeof last !== 'object') return [...FILING_PARTS]
  return FILING_PARTS.filter(name => filing[name] !== last.filing[name])
}

/** A writer over `repository` that remembers what it wrote. */
export function createDraftWriter(repository: DraftRepository): DraftWriter {
  // The filing store replaces its filing on every change and never mutates it: a changed list
  // is a new array, a changed credit code a new enterprise object. An identity check per part
  // says what changed.
  let stored: StoredParts = { filing: 'unknown', editor: 'unknown' }

  function writeFiling(owner: DraftOwner, state: DraftState, savedAt: string): WriteResult | null {
    const { filing, baseRevision, editCount, editor } = state
    if (editCount === 0) {
      // The form shows the submitted filing (after a 409, someone else's): an open editor's
      // values are kept against that one, not against an older filing part of ours.
      if (editor && stored.filing !== 'none') {
        repository.clearFiling(owner)
        stored = { ...stored, filing: 'none' }
      }
      return null
    }
    const last = stored.filing
    const changed = changedParts(filing, last)
    if (typeof last === 'object' && !changed.length && last.baseRevision === baseRevision) {
      return null
    }

    stored = { ...stored, filing: { filing, baseRevision } }
    const save = { savedAt, baseRevision, filing, changed }
    return measured(DRAFT_SAVE_MEASURE, () => repository.saveFiling(owner, save))
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
