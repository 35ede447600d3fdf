/** The report's « Bilan annuel » section: the year's exceptional saisines and disputes (000 art. 4). */
import {
  ARBITRATION_OUTCOME_LABELS,
  DISAGREEMENT_KIND_LABELS,
  EXCEPTIONAL_OUTCOME_LABELS,
  type ReportDataSection,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import { recapOf } from "../saisines/recap.ts";

export async function exceptionalSection(
  tx: Tx,
  orgId: string,
  year: number,
): Promise<ReportDataSection> {
  const recap = await recapOf(tx, eq(schema.saisines.orgId, orgId), year, orgId);
  return {
    key: "exceptional",
    exceptional: recap.exceptional.map((e) => ({
      title: e.title,
      filedOn: e.filedOn,
      outcome:
        e.outcome === "en-attente" ? "Décision attendue" : EXCEPTIONAL_OUTCOME_LABELS[e.outcome],
      decidedOn: e.decidedOn,
      detail: [e.reasons, e.adaptedMeans].filter(Boolean).join(" — "),
    })),
    disputes: recap.disputes.map((d) => ({
      title: d.title,
      kind: DISAGREEMENT_KIND_LABELS[d.kind],
      highestLevel: d.highestLevel,
      outcome: d.settled
        ? ARBITRATION_OUTCOME_LABELS[d.levels[d.levels.length - 1]?.outcome ?? "accord"]
        : "En cours",
      settledOn: d.settledOn,
      solution: d.solution ?? "",
    })),
  };
}
