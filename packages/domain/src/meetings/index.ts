/** Governance: the bodies of the contract, when they must meet, their meetings and actions. */
export { agendaItems, type AgendaSources } from "./agenda.ts";
export {
  type BodyDefinition,
  bodyKey,
  bodyOfAnnexName,
  type Cadence,
  cadenceLabel,
  cadenceOfFrequency,
  conventionBodies,
  dueHeldPhrase,
  dueHeldSentence,
  engagementBodies,
  INTERCOMMUNAL_BODIES,
  isIntercommunalBody,
  MEETING_BODIES,
  MEETING_BODY_LABELS,
  type MeetingBody,
  operationalCadence,
} from "./bodies.ts";
export {
  type ContractSpan,
  type CountedMeeting,
  dueAndHeld,
  type DueSlot,
  dueSlots,
  nextDueSlot,
  SLOT_STATE_LABELS,
  SLOT_STATES,
  type SlotState,
  type SlotTally,
  tallySlots,
} from "./due-calendar.ts";
export {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  type ActionStatus,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  type MeetingActionInput,
  meetingActionInput,
  meetingBodySchema,
  meetingIdInput,
  meetingsOverviewInput,
  type MeetingStatus,
  type PlanMeetingInput,
  planMeetingInput,
  type RecordMeetingInput,
  recordMeetingInput,
  type UpdateActionInput,
  updateActionInput,
  type CancelMeetingInput,
  cancelMeetingInput,
  type RescheduleMeetingInput,
  rescheduleMeetingInput,
  type CorrectMinutesInput,
  correctMinutesInput,
} from "./inputs.ts";
export {
  INVITATION_METHOD,
  type InvitationKind,
  invitationEmail,
  invitationToSend,
} from "./invitations.ts";
export { isWallTime, parisDateTime, parisWallTime } from "./meeting-time.ts";
export {
  contractMeetingPeriods,
  followUpPeriods,
  type MeetingPeriod,
} from "./periods.ts";
export {
  actionDueRefusal,
  changeRefusal,
  isOverdueAction,
  minutesCorrectionRefusal,
  minutesRefusal,
  planningRefusal,
  type Refusal,
  UPCOMING_MEETING_MONTHS,
  upcomingMeetingDays,
} from "./rules.ts";
export {
  actionsOfYear,
  overdueAtYearEnd,
  type YearAction,
  type YearActions,
} from "./year-actions.ts";
