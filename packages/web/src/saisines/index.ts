/**
 * @mutu/web/saisines — the pieces of a saisine both spaces show alike (loaded with the saisine
 * pages): badges and labels, the fields a saisine is filed with, choosing and sending attachments,
 * the attachments section, the note dialog, the summary, routing and timeline sections, and reloading after a change with its
 * conflict message.
 */
export {
  AttachmentsField,
  attachmentErrors,
  type UploadOutcome,
  useAttachmentUpload,
} from "./attachments-field.tsx";
export { AttachmentsSection } from "./attachments-section.tsx";
export { DialogButtons } from "./dialog-buttons.tsx";
export { DelayWithoutTarget } from "./delay-without-target.tsx";
export {
  DRILL_DOWN_PARAMS,
  type DrillDown,
  drillDownFrom,
  drillDownInput,
  drillDownParams,
  drillDownWords,
  ListCount,
} from "./drill-down.tsx";
export { FiledResult, type FiledWording } from "./filed-result.tsx";
export { type Filed, type FiledSaisine, FilingPage, useSaisineFiling } from "./filing.tsx";
export {
  DueBadge,
  type EventTitles,
  eventTitle,
  StatusBadge,
  saisineHref,
  subDomainLabel,
} from "./labels.tsx";
export { saisineMessages } from "./messages.ts";
export {
  CellStack,
  DueCell,
  type DueCellWording,
  KindCell,
  RoutingLines,
  type RoutingWording,
} from "./list-cells.tsx";
export { type ListColumnsWording, saisineColumns } from "./list-columns.tsx";
export { ChangeDialog } from "./change-dialog.tsx";
export { NoteDialog, type NoteDialogWording } from "./note-dialog.tsx";
export { RecapPage } from "./recap-page.tsx";
export { ChangeError, isConflict, useRefreshSaisine } from "./refresh.tsx";
export {
  refusedFiles,
  SaisineFields,
  type SaisineFieldsWording,
  type SaisineFieldValues,
  saisineFieldsInput,
  saisineSummaryFields,
  useSaisineFields,
} from "./saisine-fields.tsx";
export {
  DescriptionSection,
  RoutingSection,
  SummarySection,
  type SummaryWording,
} from "./summary-section.tsx";
export { type Confirmation, useConfirmation } from "@mutu/ui";
export {
  type SaisineColumns,
  SaisinePageFrame,
  type SaisinePageState,
  type SaisinePageWording,
  useSaisinePage,
} from "./saisine-page-frame.tsx";
export { SideActions } from "./side-actions.tsx";
export { TimelineSection, type TimelineWording } from "./timeline-section.tsx";
export type { DueState, SaisineDetail, TimelineEvent } from "./types.ts";
