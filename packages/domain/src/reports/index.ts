/** The annual evaluation report (000 art. 5): its content, its life, its deadline (its French typography: text/typography.ts). */
export {
  type ActionPlanItem,
  INDICATOR_VERDICT_LABELS,
  INDICATOR_VERDICTS,
  type IndicatorVerdict,
  indicatorGaps,
  REPORT_SECTIONS,
  type ReportContent,
  type ReportCountRow,
  type ReportDataSection,
  type ReportDelayRow,
  type ReportDocument,
  type ReportFigure,
  type ReportIndicatorRow,
  type ReportSectionKey,
  reportContentSchema,
  SUB_DOMAIN_LABELS,
  sectionTitle,
} from "./content.ts";
export { meetingsDueHeld } from "./work-sections.ts";
export {
  actionPlanItemSchema,
  actionPlanRefusal,
  type ReportEditInput,
  reportEditInput,
  reportPresentationInput,
  reportReviewInput,
  reportYearSchema,
} from "./inputs.ts";
export {
  generationRefusal,
  type IndicatorGap,
  presentationRefusal,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  REPORT_STEP_RESULT,
  REPORT_STEPS,
  type ReportSide,
  type ReportState,
  type ReportStatus,
  type ReportStep,
  reportStepRefusal,
  SENT_REPORT_STATUSES,
  validationRefusal,
} from "./lifecycle.ts";
export {
  REMINDER_STAGES,
  type Reminder,
  type ReminderStage,
  reportDeadline,
  reportReminder,
} from "./reminders.ts";
export { type DelaySample, delayRows } from "./indicators.ts";
