/**
 * @mutu/web/saisines — the pieces of a saisine both spaces show alike (loaded with the saisine
 * pages): badges and labels, the fields a saisine is filed with, choosing and sending attachments,
 * the attachments section, the note dialog, and reloading after a change with its conflict message.
 */
export {
  AttachmentsField,
  attachmentErrors,
  type UploadOutcome,
  useAttachmentUpload,
} from "./attachments-field.tsx";
export { AttachmentsSection } from "./attachments-section.tsx";
export { FiledResult, type FiledWording } from "./filed-result.tsx";
export {
  DueBadge,
  type EventTitles,
  eventTitle,
  StatusBadge,
  saisineHref,
  subDomainLabel,
} from "./labels.tsx";
export { saisineMessages } from "./messages.ts";
export { NoteDialog } from "./note-dialog.tsx";
export { ChangeError, isConflict, useRefreshSaisine } from "./refresh.tsx";
export {
  checkSaisineFields,
  SaisineFields,
  type SaisineFieldsInput,
  type SaisineFieldsWording,
  type SaisineFieldValues,
  saisineSummaryFields,
  useSaisineFields,
} from "./saisine-fields.tsx";
export type { DueState, SaisineDetail, TimelineEvent } from "./types.ts";
