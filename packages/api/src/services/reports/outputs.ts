/** A report row as the API returns it: the content, the words, the steps, what the caller may do. */
import {
  indicatorGaps,
  parisDate,
  parisToday,
  REPORT_STEPS,
  reportReminder,
  reportStepRefusal,
} from "@mutu/domain";
import type { Caller } from "../../auth/caller.ts";
import { type ReportRow, sideOfCaller, stepsOf } from "./access.ts";

export function reportOutput(row: ReportRow, caller: Caller, now: Date) {
  const side = sideOfCaller(caller);
  const state = {
    status: row.status,
    year: row.year,
    sentOn: row.sentAt ? parisDate(row.sentAt) : null,
  };
  const manager = caller.permissions.includes("contracts.manage");
  return {
    id: row.id,
    orgId: row.orgId,
    year: row.year,
    status: row.status,
    version: row.version,
    content: row.content,
    operatorComment: row.operatorComment,
    communeComment: row.communeComment,
    actionPlan: row.actionPlan,
    gapExplanations: row.gapExplanations,
    gaps: indicatorGaps(row.content),
    steps: stepsOf(row).map(({ key, label, on, by }) => ({ key, label, on, by })),
    presentedOn: row.presentedOn,
    pdfSha256: row.pdfSha256,
    reminder: reportReminder(row.year, row.status, parisToday(now)),
    allowed: REPORT_STEPS.filter(
      (step) =>
        reportStepRefusal(state, step, side) === null &&
        (side === "commune" || manager || step === "present"),
    ),
  };
}
