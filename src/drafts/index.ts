export {
  DRAFT_SCHEMA_VERSION,
  FILING_PARTS,
  joinDraft,
  migrateDraft,
  readEditorPart,
} from './schema'
export type {
  Draft,
  DraftManifest,
  EditorDraft,
  EditorPart,
  EditorPartResult,
  FilingPart,
  FilingPartName,
  MigrationResult,
} from './schema'
export { browserStorage, createDraftStorage } from './storage'
export type { DraftStorage, FallbackReason, StorageMode, WriteResult } from './storage'
export {
  createDraftRepository,
  draftEditorKey,
  draftKey,
  draftPartKey,
  DRAFT_KEY_PREFIX,
} from './repository'
export type { DraftLoad, DraftOwner, DraftRepository, FilingSave, StashedFiling } from './repository'
export {
  createDraftWriter,
  DRAFT_SAVE_EDITOR_MEASURE,
  DRAFT_SAVE_MEASURE,
} from './writer'
export type { DraftState, DraftWriter, StoredParts } from './writer'
