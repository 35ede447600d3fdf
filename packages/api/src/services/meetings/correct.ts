/**
 * The service commun corrects the minutes (and decisions) of a held meeting, with the reason: the
 * meeting shows « Compte rendu corrigé le … : motif », the audit trail keeps the earlier text. Not
 * for a meeting without minutes, nor once the annual report of its year has been sent (a sent
 * report is immutable; the governance it reported stays as it was reported).
 */
import {
  type CorrectMinutesInput,
  minutesCorrectionRefusal,
  SENT_REPORT_STATUSES,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { changeRecord } from "../audit/caller-change.ts";
import { and, eq, inArray } from "drizzle-orm";
import { fieldRefusal } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertCanManage } from "./access.ts";
import { meetingDetail } from "./get.ts";
import { loadMeetingForUpdate } from "./load.ts";
import type { MeetingRow } from "./read-model.ts";

const { annualReports, meetings } = schema;

/** The years whose report, covering this meeting, is sent: its commune's, or any member's for a shared body. */
async function sentReportYears(tx: Tx, meeting: MeetingRow) {
  const rows = await tx
    .selectDistinct({ year: annualReports.year })
    .from(annualReports)
    .where(
      and(
        meeting.shared
          ? eq(annualReports.operatorId, meeting.operatorId)
          : eq(annualReports.orgId, meeting.orgId),
        inArray(annualReports.status, [...SENT_REPORT_STATUSES]),
      ),
    );
  return rows.map((r) => r.year);
}

export async function correctMinutes(ctx: ServiceContext, input: CorrectMinutesInput) {
  assertCanManage(ctx.caller);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const meeting = await loadMeetingForUpdate(tx, input.meetingId);
    const refusal = minutesCorrectionRefusal(meeting, await sentReportYears(tx, meeting));
    if (refusal) throw fieldRefusal(refusal.field, refusal.message);
    const { minutes, decisions, reason } = input;
    await changeRecord(
      tx,
      ctx,
      meetings,
      { ...meeting, entity: "meeting" },
      { minutes, decisions, minutesCorrectedAt: now, minutesCorrectionReason: reason },
      {
        action: "meeting.correct-minutes",
        before: { minutes: meeting.minutes, decisions: meeting.decisions },
        after: { minutes, decisions, reason },
      },
    );
    return meetingDetail(tx, ctx.caller, meeting.id, now);
  });
}
