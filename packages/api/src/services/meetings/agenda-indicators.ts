/**
 * The indicators out of target a follow-up meeting reviews (000 annex, « analyse des indicateurs de
 * réalisé »): those of the last quarter ended before the meeting whose delay or entered measure
 * missed its target, read by the indicators feature. A commune without a contrat d'engagement, or
 * without an annex in force then, has none.
 */
import { frenchPercent, periodLabel, periodOf, previousPeriod } from "@mutu/domain";
import type { Tx } from "@mutu/db";
import type { Caller } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { readIndicators } from "../indicators/list.ts";

export async function indicatorsOutOfTarget(
  tx: Tx,
  caller: Caller,
  orgId: string,
  meetingDay: string,
  now: Date,
) {
  const quarter = previousPeriod(periodOf("quarterly", meetingDay));
  let read: Awaited<ReturnType<typeof readIndicators>>;
  try {
    read = await readIndicators(tx, caller, orgId, quarter, now);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return [];
    throw error;
  }
  const when = periodLabel(quarter);
  return read.indicators.flatMap((i) => {
    const label = `${i.label}, ${when}`;
    if (i.delay?.status === "missed")
      return [
        {
          code: i.code,
          label,
          observed:
            i.delay.compliance.percent === null ? null : frenchPercent(i.delay.compliance.percent),
          target: i.target,
        },
      ];
    const missed = i.measures.find((m) => m.result.status === "missed");
    return missed
      ? [{ code: i.code, label, observed: missed.result.headline, target: i.target }]
      : [];
  });
}
