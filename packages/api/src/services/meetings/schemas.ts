/** Input and output schemas of the meetings procedures (governance), from the domain's. */
import {
  ACTION_STATUSES,
  cancelMeetingInput,
  correctMinutesInput,
  instantOutput,
  MEETING_BODIES,
  MEETING_STATUSES,
  meetingIdInput,
  meetingsOverviewInput,
  PROJECT_DECISIONS,
  planMeetingInput,
  recordMeetingInput,
  rescheduleMeetingInput,
  SLOT_STATES,
  SUB_DOMAIN_LETTERS,
  updateActionInput,
} from "@mutu/domain";
import { z } from "zod";

export {
  cancelMeetingInput,
  correctMinutesInput,
  rescheduleMeetingInput,
  meetingIdInput,
  meetingsOverviewInput,
  PROJECT_DECISIONS,
  planMeetingInput,
  recordMeetingInput,
  updateActionInput,
};

export const draftAgendaInput = z.object({
  orgId: z.uuid({ error: "Choisissez la commune concernée." }),
  /** The meeting's day: the actions due by then are on its agenda. */
  date: z.iso.date({ error: "Date invalide." }),
});

const subDomain = z.enum(SUB_DOMAIN_LETTERS).nullable();

export const actionOutput = z.object({
  id: z.string(),
  meetingId: z.string(),
  meetingLabel: z.string(),
  meetingDay: z.string(),
  title: z.string(),
  ownerId: z.string(),
  ownerLabel: z.string(),
  dueOn: z.string(),
  status: z.enum(ACTION_STATUSES),
  overdue: z.boolean(),
  closedAt: instantOutput.nullable(),
  followedAtMeetingId: z.string().nullable(),
});

export const meetingSummaryOutput = z.object({
  id: z.string(),
  orgId: z.string(),
  body: z.enum(MEETING_BODIES),
  subDomain,
  label: z.string(),
  day: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  videoUrl: z.string(),
  status: z.enum(MEETING_STATUSES),
  shared: z.boolean(),
});

/** The meetings planned in the next months and the overdue actions, every organisation's. */
export const upcomingOutput = z.object({
  today: z.string(),
  until: z.string(),
  meetings: z.array(meetingSummaryOutput.extend({ orgName: z.string() })),
  overdueActions: z.array(actionOutput.extend({ orgName: z.string() })),
});

export const meetingOutput = meetingSummaryOutput.extend({
  orgName: z.string(),
  agenda: z.array(z.string()),
  minutes: z.string().nullable(),
  decisions: z.array(z.string()),
  /** The projects this meeting arbitrated (as far as the caller may read them). */
  projectDecisions: z.array(
    z.object({
      projectId: z.string(),
      projectTitle: z.string(),
      orgName: z.string(),
      decision: z.enum(PROJECT_DECISIONS),
      plannedYear: z.number().nullable(),
      reasons: z.string(),
    }),
  ),
  otherAttendees: z.array(z.string()),
  /** Why it was last moved or cancelled. */
  changeReason: z.string().nullable(),
  cancelledAt: instantOutput.nullable(),
  /** The minutes' last correction and its reason. */
  minutesCorrectedAt: instantOutput.nullable(),
  minutesCorrectionReason: z.string().nullable(),
  participants: z.array(
    z.object({
      personId: z.string(),
      label: z.string(),
      invited: z.boolean(),
      attended: z.boolean(),
    }),
  ),
  /** Actions decided at this meeting. */
  actions: z.array(actionOutput),
  /** Actions of earlier meetings still open: followed (and closed) at this one. */
  openActions: z.array(actionOutput),
  /** Whether the caller may record minutes / follow actions (the service commun). */
  canManage: z.boolean(),
});

export const slotOutput = z.object({
  start: z.string(),
  end: z.string(),
  required: z.number(),
  held: z.number(),
  planned: z.number(),
  state: z.enum(SLOT_STATES),
  meetingIds: z.array(z.string()),
});

export const bodyCalendarOutput = z.object({
  key: z.string(),
  body: z.enum(MEETING_BODIES),
  subDomain,
  label: z.string(),
  cadence: z.string(),
  frequencyAsWritten: z.string().nullable(),
  source: z.string(),
  due: z.number(),
  held: z.number(),
  /** « 3 comités de suivi tenus sur 4 dus en 2025 »; null when nothing is due. */
  sentence: z.string().nullable(),
  slots: z.array(slotOutput),
  /** The first period still to be covered: what « Planifier » proposes. */
  next: slotOutput.nullable(),
});

export const overviewOutput = z.object({
  org: z.object({ id: z.string(), name: z.string(), kind: z.enum(["commune", "operator"]) }),
  year: z.number(),
  today: z.string(),
  contract: z
    .object({ title: z.string(), start: z.string(), end: z.string().nullable() })
    .nullable(),
  bodies: z.array(bodyCalendarOutput),
  meetings: z.array(meetingSummaryOutput),
  openActions: z.array(actionOutput),
  overdueSlots: z.number(),
  overdueActions: z.number(),
  /** People who may be invited or own an action (the commune's and the service commun's). */
  people: z.array(
    z.object({ id: z.string(), label: z.string(), side: z.enum(["commune", "operator"]) }),
  ),
  canManage: z.boolean(),
});

export const draftAgendaOutput = z.object({ items: z.array(z.string()) });

export const icsOutput = z.object({
  filename: z.string(),
  mimeType: z.string(),
  content: z.string(),
});

export const feedOutput = z.object({
  active: z.boolean(),
  createdAt: instantOutput.nullable(),
  /** Shown once, when the feed is created or replaced: only its hash is kept. */
  url: z.string().nullable(),
});
