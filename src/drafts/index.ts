export { DRAFT_SCHEMA_VERSION, joinDraft, migrateDraft, readEditorPart } from './schema'
export type {
  Draft,
  EditorDraft,
  EditorPart,
  EditorPartResult,
  FilingPart,
  MigrationResult,
} from './schema'
export { browserStorage, createDraftStorage } from './storage'
export type { DraftStorage, FallbackReason, StorageMode, WriteResult } from './storage'
export { createDraftRepository, draftEditorKey, draftKey, DRAFT_KEY_PREFIX } from './repository'
export type { DraftLoad, DraftOwner, DraftRepository, StashedFiling } from './repository'
export {
  createDraftWriter,
  DRAFT_SAVE_EDITOR_MEASURE,
  DRAFT_SAVE_MEASURE,
} from './writer'
export type { DraftState, DraftWriter, StoredParts } from './writer'
