/**
 * The service commun moves a planned meeting to another time or place, or cancels it — each with
 * the reason the invitees are told, kept on the meeting and in the audit trail. Each change raises
 * the iCalendar SEQUENCE, so subscribed calendars take it (a cancelled meeting stays in the feeds,
 * STATUS:CANCELLED). A held or cancelled meeting is not changed; nothing is written on a refusal.
 */
import { type CancelMeetingInput, changeRefusal, type RescheduleMeetingInput } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { changeRecord } from "../audit/caller-change.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { meetingSlot, refuse } from "./slot.ts";
import { assertCanManage } from "./access.ts";
import { meetingDetail } from "./get.ts";
import { loadMeetingForUpdate } from "./load.ts";
import type { MeetingRow } from "./read-model.ts";

const { meetings } = schema;

async function changeable(tx: Tx, meetingId: string, change: "reschedule" | "cancel") {
  const meeting = await loadMeetingForUpdate(tx, meetingId);
  const refusal = changeRefusal(meeting, change);
  if (refusal) throw refuse(refusal.field, refusal.message);
  return meeting;
}

const when = (m: Pick<MeetingRow, "startsAt" | "endsAt" | "place" | "videoUrl">) => ({
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt.toISOString(),
  place: m.place,
  videoUrl: m.videoUrl,
});

export async function rescheduleMeeting(ctx: ServiceContext, input: RescheduleMeetingInput) {
  assertCanManage(ctx.caller);
  const now = ctx.now();
  const { startsAt, endsAt } = meetingSlot(input, now);
  return inTenant(ctx, async (tx) => {
    const meeting = await changeable(tx, input.meetingId, "reschedule");
    const changed = {
      day: input.date,
      startsAt,
      endsAt,
      place: input.place,
      videoUrl: input.videoUrl,
    };
    await changeRecord(
      tx,
      ctx,
      meetings,
      { ...meeting, entity: "meeting" },
      { ...changed, changeReason: input.reason, sequence: meeting.sequence + 1 },
      {
        action: "meeting.reschedule",
        before: when(meeting),
        after: { ...when(changed), reason: input.reason },
      },
    );
    return meetingDetail(tx, ctx.caller, meeting.id, now);
  });
}

export async function cancelMeeting(ctx: ServiceContext, input: CancelMeetingInput) {
  assertCanManage(ctx.caller);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const meeting = await changeable(tx, input.meetingId, "cancel");
    const reason = input.reason;
    await changeRecord(
      tx,
      ctx,
      meetings,
      { ...meeting, entity: "meeting" },
      { status: "annulee", changeReason: reason, cancelledAt: now, sequence: meeting.sequence + 1 },
      {
        action: "meeting.cancel",
        before: { status: meeting.status, ...when(meeting) },
        after: { status: "annulee", reason },
      },
    );
    return meetingDetail(tx, ctx.caller, meeting.id, now);
  });
}
