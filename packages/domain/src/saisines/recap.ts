/**
 * The yearly recap of 000 art. 4, presented at the Conférence territoriale: "un état
 * récapitulatif annuel … afin d'inventorier les demandes exceptionnelles et les litiges et de
 * capitaliser les solutions arbitrées". Years are Paris calendar years.
 */
import { FIRST_YEAR, isHandledYear, LAST_YEAR } from "../time/years.ts";
import type { SaisineNature } from "../contracts/annex.ts";
import { toParisCalendarDate } from "../contracts/calendar.ts";
import {
  type ArbitrationLevel,
  type ArbitrationRecord,
  type DisagreementKind,
  isFinalArbitration,
} from "../arbitrations/arbitration.ts";
import type { ExceptionalDecision, ExceptionalOutcome } from "./exceptional.ts";

export type RecapSaisine = {
  id: string;
  orgId: string;
  title: string;
  nature: SaisineNature;
  createdAt: Date;
  exceptionalDecision?: ExceptionalDecision | null;
  /** Oldest first. */
  arbitrations?: readonly ArbitrationRecord[];
};

export type RecapExceptional = {
  saisineId: string;
  orgId: string;
  title: string;
  filedOn: string;
  outcome: ExceptionalOutcome | "en-attente";
  decidedOn: string | null;
  reasons: string | null;
  adaptedMeans: string | null;
};

export type RecapDispute = {
  saisineId: string;
  orgId: string;
  title: string;
  kind: DisagreementKind;
  /** Levels held up to the end of the year, oldest first. */
  levels: ArbitrationRecord[];
  highestLevel: ArbitrationLevel;
  settled: boolean;
  /** The final decision, when the dispute was settled by the end of the year. */
  solution: string | null;
  settledOn: string | null;
};

export type YearlyRecap = {
  year: number;
  exceptional: RecapExceptional[];
  disputes: RecapDispute[];
  totals: {
    exceptional: number;
    accepted: number;
    declined: number;
    pending: number;
    disputes: number;
    settled: number;
    unsettled: number;
    byHighestLevel: Record<ArbitrationLevel, number>;
  };
};

const byDateThenId =
  <T extends { saisineId: string }>(date: (item: T) => string) =>
  (a: T, b: T) =>
    date(a).localeCompare(date(b)) || a.saisineId.localeCompare(b.saisineId);

/**
 * What `year` saw:
 * - exceptional saisines filed or decided that year (one filed in late December and decided
 *   in January shows in both recaps: pending, then decided); a decision after the year is not
 *   known yet for this year's recap;
 * - disputes with a level held that year, as they stood on 31 December: later levels are left
 *   out, so a recap drawn up in March says what the year decided.
 */
export function yearlyRecap(saisines: readonly RecapSaisine[], year: number): YearlyRecap {
  if (!isHandledYear(year)) {
    throw new RangeError(
      `Année invalide (${year}) : une année entre ${FIRST_YEAR} et ${LAST_YEAR} est attendue.`,
    );
  }
  const prefix = `${year}-`;
  const yearEnd = `${year}-12-31`;
  const exceptional: RecapExceptional[] = [];
  const disputes: RecapDispute[] = [];

  for (const saisine of saisines) {
    const filedOn = toParisCalendarDate(saisine.createdAt);
    if (saisine.nature === "exceptionnelle" && filedOn <= yearEnd) {
      const decision = saisine.exceptionalDecision ?? null;
      const known = decision && decision.decidedOn <= yearEnd ? decision : null;
      if (filedOn.startsWith(prefix) || known?.decidedOn.startsWith(prefix)) {
        exceptional.push({
          saisineId: saisine.id,
          orgId: saisine.orgId,
          title: saisine.title,
          filedOn,
          outcome: known?.outcome ?? "en-attente",
          decidedOn: known?.decidedOn ?? null,
          reasons: known?.reasons ?? null,
          adaptedMeans: known?.adaptedMeans ?? null,
        });
      }
    }

    const levels = (saisine.arbitrations ?? []).filter((record) => record.heldOn <= yearEnd);
    const last = levels[levels.length - 1];
    if (last && levels.some((record) => record.heldOn.startsWith(prefix))) {
      const settled = isFinalArbitration(last);
      disputes.push({
        saisineId: saisine.id,
        orgId: saisine.orgId,
        title: saisine.title,
        kind: last.kind,
        levels,
        highestLevel: last.level,
        settled,
        solution: settled ? last.decision : null,
        settledOn: settled ? last.heldOn : null,
      });
    }
  }

  exceptional.sort(byDateThenId((item) => item.filedOn));
  disputes.sort(byDateThenId((item) => item.levels[0]?.heldOn ?? ""));
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  return {
    year,
    exceptional,
    disputes,
    totals: {
      exceptional: exceptional.length,
      accepted: count(exceptional, (item) => item.outcome === "acceptee"),
      declined: count(exceptional, (item) => item.outcome === "declinee"),
      pending: count(exceptional, (item) => item.outcome === "en-attente"),
      disputes: disputes.length,
      settled: count(disputes, (item) => item.settled),
      unsettled: count(disputes, (item) => !item.settled),
      byHighestLevel: {
        1: count(disputes, (item) => item.highestLevel === 1),
        2: count(disputes, (item) => item.highestLevel === 2),
        3: count(disputes, (item) => item.highestLevel === 3),
      },
    },
  };
}
