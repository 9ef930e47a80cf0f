export {
  ITEM_STATUSES,
  EMPTY_ITEM,
  emptyProgress,
  itemProgress,
  type ItemStatus,
  type ItemProgress,
  type ProgressMeta,
  type Progress,
  type IncomingProgress,
  type Clock,
} from "./model.ts";
export {
  OWNER_MAX_LENGTH,
  NOTES_MAX_LENGTH,
  EVIDENCE_URL_MAX_LENGTH,
  META_TEXT_MAX_LENGTH,
  MAX_SAVED_CHARS,
  maxLengthError,
  ownerError,
  notesError,
  metaTextError,
  evidenceUrlError,
  dueDateError,
  isIsoTimestamp,
} from "./validation.ts";
export {
  progressSchema,
  itemProgressSchema,
  progressMetaSchema,
  verificationRecordSchema,
  parseProgress,
  type ParseProgressResult,
} from "./schema.ts";
export {
  CURRENT_VERSION,
  MIGRATIONS,
  migrate,
  type Migration,
  type MigrationContext,
  type MigrateResult,
  type ProgressV1,
} from "./migrations.ts";
export { restore, serialize, type RestoreResult, type RestoreProblem, type RepairNote, type Envelope } from "./restore.ts";
export { progressReducer, DECISION_ITEMS, type ProgressAction } from "./reducer.ts";
export {
  mergeProgress,
  overwriteProgress,
  writeFields,
  clampFuture,
  mergeDifferences,
  FUTURE_TOLERANCE_MS,
  DECISION_KEYS,
  type FieldDifference,
} from "./merge.ts";
export { fieldsOf, fromFields, wins, canonical, type Field, type Fields } from "./fields.ts";
