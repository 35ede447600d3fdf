/**
 * The yearly recap of 000 art. 4 (presented at the Conférence territoriale): exceptional saisines,
 * disputes and the solutions chosen, for one commune or all of the operator's, with a CSV export
 * (services/csv.ts).
 */
import {
  ARBITRATION_OUTCOME_LABELS,
  DISAGREEMENT_KIND_LABELS,
  EXCEPTIONAL_OUTCOME_LABELS,
  parisDayStart,
  type RecapSaisine,
  yearlyRecap,
} from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, eq, inArray, lt, or, type SQL } from "drizzle-orm";
import { csvText } from "../csv.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { recordOf } from "../arbitrations/manage.ts";

const { arbitrationLevels, arbitrations, organisations, saisineExceptionalDecisions, saisines } =
  schema;

export async function recapOfYear(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; year: number; format?: "csv" | undefined },
) {
  const { caller } = ctx;
  if (input.orgId) assertVisibleOrg(caller, input.orgId);
  const orgId = input.orgId ?? (caller.org.kind === "commune" ? caller.org.id : undefined);
  const yearEnd = parisDayStart(`${input.year + 1}-01-01`);
  return inTenant(ctx, async (tx) => {
    const scope: SQL = orgId ? eq(saisines.orgId, orgId) : eq(saisines.operatorId, caller.org.id);
    const rows = await tx
      .select({
        id: saisines.id,
        orgId: saisines.orgId,
        title: saisines.title,
        reference: saisines.reference,
        nature: saisines.nature,
        createdAt: saisines.createdAt,
      })
      .from(saisines)
      .where(
        and(
          scope,
          lt(saisines.createdAt, yearEnd),
          or(
            eq(saisines.nature, "exceptionnelle"),
            inArray(saisines.id, tx.select({ id: arbitrations.saisineId }).from(arbitrations)),
            inArray(
              saisines.id,
              tx
                .select({ id: saisineExceptionalDecisions.saisineId })
                .from(saisineExceptionalDecisions),
            ),
          ),
        ),
      )
      .orderBy(asc(saisines.createdAt));
    const ids = rows.map((r) => r.id);
    const decisions = ids.length
      ? await tx
          .select()
          .from(saisineExceptionalDecisions)
          .where(inArray(saisineExceptionalDecisions.saisineId, ids))
      : [];
    const levels = ids.length
      ? await tx
          .select({ saisineId: arbitrations.saisineId, level: arbitrationLevels })
          .from(arbitrationLevels)
          .innerJoin(arbitrations, eq(arbitrations.id, arbitrationLevels.arbitrationId))
          .where(inArray(arbitrations.saisineId, ids))
          .orderBy(asc(arbitrationLevels.level))
      : [];
    const orgNames = new Map(
      (
        await tx
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, [...new Set(rows.map((r) => r.orgId)), caller.org.id]))
      ).map((o) => [o.id, o.name]),
    );
    const recapInput: RecapSaisine[] = rows.map((r) => {
      // Requalified away from exceptionnelle after its decision: it was one, the recap lists it.
      const decision = decisions.find((d) => d.saisineId === r.id);
      return {
        id: r.id,
        orgId: r.orgId,
        title: `${r.reference} — ${r.title}`,
        nature: decision ? "exceptionnelle" : r.nature,
        createdAt: r.createdAt,
        exceptionalDecision: decision
          ? {
              outcome: decision.outcome,
              decidedOn: decision.decidedOn,
              reasons: decision.reasons,
              adaptedMeans: decision.adaptedMeans ?? undefined,
              communeManager: decision.communeManager,
              sharedServiceManager: decision.sharedServiceManager,
            }
          : null,
        arbitrations: levels
          .filter((l) => l.saisineId === r.id)
          .map(({ level }) => recordOf(level)),
      };
    });
    const recap = yearlyRecap(recapInput, input.year);
    const named = {
      ...recap,
      exceptional: recap.exceptional.map((e) => ({ ...e, orgName: orgNames.get(e.orgId) ?? "" })),
      disputes: recap.disputes.map((d) => ({ ...d, orgName: orgNames.get(d.orgId) ?? "" })),
    };
    if (input.format !== "csv") return { recap: named, file: null };
    const lines = [
      ["Rubrique", "Commune", "Saisine", "Date", "Issue", "Niveau atteint", "Solution ou motifs"],
      ...named.exceptional.map((e) => [
        "Saisine exceptionnelle",
        e.orgName,
        e.title,
        e.decidedOn ?? e.filedOn,
        e.outcome === "en-attente" ? "Décision attendue" : EXCEPTIONAL_OUTCOME_LABELS[e.outcome],
        "",
        [e.reasons, e.adaptedMeans].filter(Boolean).join(" — "),
      ]),
      ...named.disputes.map((d) => [
        `Litige (${DISAGREEMENT_KIND_LABELS[d.kind]})`,
        d.orgName,
        d.title,
        d.settledOn ?? d.levels[d.levels.length - 1]?.heldOn ?? "",
        d.settled
          ? ARBITRATION_OUTCOME_LABELS[d.levels[d.levels.length - 1]?.outcome ?? "accord"]
          : "En cours",
        String(d.highestLevel),
        d.solution ?? "",
      ]),
    ];
    const csv = csvText(lines);
    return {
      recap: named,
      file: {
        filename: `bilan-saisines-${input.year}.csv`,
        mimeType: "text/csv;charset=utf-8",
        base64: Buffer.from(csv, "utf8").toString("base64"),
      },
    };
  });
}
