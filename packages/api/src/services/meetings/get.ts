/**
 * One meeting as its page shows it: the plan, who was invited and who came, the minutes and
 * decisions, the actions it decided, and the actions of earlier meetings still open — followed,
 * and closed, at this one.
 */
import { parisToday } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, eq, lt, ne, or } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { projectDecisionsOfMeeting } from "../projects/meetings.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { canManageMeetings } from "./access.ts";
import { loadMeeting } from "./load.ts";
import { actionOf, actionsOfMeeting, selectActions, summaryOf } from "./read-model.ts";

const { meetingActions, meetingParticipants, meetings, organisations } = schema;

export function getMeeting(ctx: ServiceContext, input: { meetingId: string }) {
  return inTenant(ctx, (tx) => meetingDetail(tx, ctx.caller, input.meetingId, ctx.now()));
}

export async function meetingDetail(tx: Tx, caller: Caller, meetingId: string, now: Date) {
  const today = parisToday(now);
  const meeting = await loadMeeting(tx, meetingId);
  const [org, participants, decided, open, projectDecisions] = await Promise.all([
    tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, meeting.orgId)),
    tx
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meeting.id))
      .orderBy(asc(meetingParticipants.personLabel)),
    actionsOfMeeting(tx, meeting.id),
    // Earlier meetings' actions still open, and those followed (closed) at this one.
    selectActions(
      tx,
      and(
        eq(meetingActions.orgId, meeting.orgId),
        eq(meetingActions.shared, meeting.shared),
        lt(meetings.startsAt, meeting.startsAt),
        or(ne(meetingActions.status, "close"), eq(meetingActions.followedAtMeetingId, meeting.id)),
      ),
    ),
    projectDecisionsOfMeeting(tx, meeting.id),
  ]);
  return {
    ...summaryOf(meeting),
    orgName: org[0]?.name ?? "",
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    decisions: meeting.decisions,
    projectDecisions,
    otherAttendees: meeting.otherAttendees,
    changeReason: meeting.changeReason,
    cancelledAt: meeting.cancelledAt,
    minutesCorrectedAt: meeting.minutesCorrectedAt,
    minutesCorrectionReason: meeting.minutesCorrectionReason,
    participants: participants.map((p) => ({
      personId: p.personId,
      label: p.personLabel,
      invited: p.invited,
      attended: p.attended,
    })),
    actions: decided.map((a) => actionOf(a, today)),
    openActions: open.map((a) => actionOf(a, today)),
    canManage: canManageMeetings(caller),
  };
}
