/**
 * Once a meeting has begun, the service commun records it: who came, the minutes, the decisions,
 * and the actions decided — each with its owner (someone of the commune or of the service commun)
 * and its due date, on or after the meeting's day. Recorded once; nothing is written on a refusal.
 */
import { actionDueRefusal, minutesRefusal, type RecordMeetingInput } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, eq, inArray } from "drizzle-orm";
import { auditChange } from "../audit/caller-change.ts";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertCanManage } from "./access.ts";
import { loadMeetingForUpdate } from "./load.ts";
import { meetingDetail } from "./get.ts";

const { meetingActions, meetingParticipants, meetings, people } = schema;

export async function recordMeeting(ctx: ServiceContext, input: RecordMeetingInput) {
  assertCanManage(ctx.caller);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const meeting = await loadMeetingForUpdate(tx, input.meetingId);
    const refusal = minutesRefusal(meeting, now);
    if (refusal)
      throw new AppError("BAD_REQUEST", refusal.message, { [refusal.field]: [refusal.message] });
    const fieldErrors: Record<string, string[]> = {};
    input.actions.forEach((a, i) => {
      const late = actionDueRefusal(a.dueOn, meeting.day);
      if (late) fieldErrors[`actions.${i}.dueOn`] = [late];
    });
    const allowed = meeting.shared ? ctx.caller.visibleOrgIds : [meeting.orgId, meeting.operatorId];
    const named = [...new Set([...input.attendeeIds, ...input.actions.map((a) => a.ownerId)])];
    const found = named.length
      ? await tx
          .select({ id: people.id, label: people.displayName })
          .from(people)
          .where(and(inArray(people.id, named), inArray(people.orgId, allowed)))
      : [];
    const labels = new Map(found.map((p) => [p.id, p.label]));
    input.attendeeIds.forEach((id, i) => {
      if (!labels.has(id))
        fieldErrors[`attendeeIds.${i}`] = [
          "Participant inconnu de la commune et du service commun.",
        ];
    });
    input.actions.forEach((a, i) => {
      if (!labels.has(a.ownerId))
        fieldErrors[`actions.${i}.ownerId`] = [
          "Responsable inconnu de la commune et du service commun.",
        ];
    });
    if (Object.keys(fieldErrors).length)
      throw new AppError(
        "BAD_REQUEST",
        "Certaines informations sont invalides : corrigez les champs signalés.",
        fieldErrors,
      );
    await tx
      .update(meetings)
      .set({
        status: "tenue",
        minutes: input.minutes,
        decisions: input.decisions,
        otherAttendees: input.otherAttendees,
        recordedBy: ctx.caller.personId,
        recordedAt: now,
        sequence: meeting.sequence + 1,
      })
      .where(eq(meetings.id, meeting.id));
    // Who came: invited or not; the invited who did not come stay, marked absent.
    await tx
      .update(meetingParticipants)
      .set({ attended: false })
      .where(eq(meetingParticipants.meetingId, meeting.id));
    const present = [...new Set(input.attendeeIds)];
    if (present.length)
      await tx
        .insert(meetingParticipants)
        .values(
          present.map((personId) => ({
            meetingId: meeting.id,
            personId,
            personLabel: labels.get(personId) ?? "",
            orgId: meeting.orgId,
            operatorId: meeting.operatorId,
            shared: meeting.shared,
            invited: false,
            attended: true,
          })),
        )
        .onConflictDoUpdate({
          target: [meetingParticipants.meetingId, meetingParticipants.personId],
          set: { attended: true },
        });
    const actions = input.actions.length
      ? await tx
          .insert(meetingActions)
          .values(
            input.actions.map((a) => ({
              meetingId: meeting.id,
              orgId: meeting.orgId,
              operatorId: meeting.operatorId,
              shared: meeting.shared,
              title: a.title,
              ownerId: a.ownerId,
              ownerLabel: labels.get(a.ownerId) ?? "",
              dueOn: a.dueOn,
              status: "ouverte" as const,
            })),
          )
          .returning({ id: meetingActions.id })
      : [];
    await auditChange(tx, ctx, {
      orgId: meeting.orgId,
      action: "meeting.record",
      entity: "meeting",
      entityId: meeting.id,
      after: {
        attendees: present,
        otherAttendees: input.otherAttendees,
        minutes: input.minutes,
        decisions: input.decisions,
        actions: input.actions.map((a, i) => ({ id: actions[i]?.id, ...a })),
      },
    });
    return meetingDetail(tx, ctx.caller, meeting.id, now);
  });
}
