/**
 * `indicators.enter`: the shared service enters the measure of an indicator mutu cannot compute,
 * for a period that has ended, with its evidence — checked by the domain's schema (the value's
 * range, the evidence) and rules (the annex in force on the period's last day names the indicator,
 * the period is one of its periodicities and has ended, the date is in it or after and not to
 * come), then stored with its author and their functions, and audited. A refusal writes nothing.
 */
import {
  dayBefore,
  entryRefusal,
  type IndicatorEntryInput,
  parisToday,
  periodHasEnded,
} from "@mutu/domain";
import { schema } from "@mutu/db";
import { auditChange } from "../audit/caller-change.ts";
import { and, count, eq } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { type CheckedFile, checkedFile } from "../files.ts";
import { actorFrom } from "../saisines/history.ts";
import { sideOf } from "../saisines/access.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { communeContract } from "./contract.ts";
import { entryOf } from "./entries.ts";
import { periodAsked } from "./list.ts";

const { indicatorEntries } = schema;

export async function enterMeasure(ctx: ServiceContext, input: IndicatorEntryInput) {
  const { caller } = ctx;
  if (sideOf(caller) !== "operator")
    throw new AppError(
      "FORBIDDEN",
      "Les mesures des indicateurs sont saisies par le service commun, qui en porte la preuve.",
    );
  assertVisibleOrg(caller, input.orgId);
  if (input.orgId === caller.org.id)
    throw new AppError("BAD_REQUEST", "Choisissez la commune mesurée.", {
      orgId: ["Choisissez une commune."],
    });
  const period = periodAsked(input.period);
  const now = ctx.now();
  const today = parisToday(now);
  const file: CheckedFile | null =
    input.evidence.kind === "file" ? checkedFile(input.evidence, "evidence") : null;
  return inTenant(ctx, async (tx) => {
    const day = periodHasEnded(period, today) ? dayBefore(period.to) : today;
    const contract = await communeContract(tx, caller, input.orgId, day, now);
    const indicator = contract.annex.indicators.find((i) => i.code === input.indicator) ?? null;
    const refusal = entryRefusal(input, { indicator, today });
    if (refusal) {
      const message = Object.values(refusal)[0]?.[0] ?? "Mesure refusée.";
      throw new AppError("BAD_REQUEST", message, refusal);
    }
    const actor = actorFrom(caller);
    const [row] = await tx
      .insert(indicatorEntries)
      .values({
        orgId: input.orgId,
        operatorId: caller.org.id,
        annexVersionId: contract.versionId,
        indicator: input.indicator,
        periodicity: period.periodicity,
        periodKey: period.key,
        periodFrom: period.from,
        periodTo: period.to,
        measuredOn: input.measuredOn,
        value: input.value as Record<string, unknown>,
        note: input.note || null,
        evidenceUrl: input.evidence.kind === "link" ? input.evidence.url : null,
        evidenceFileName: file?.fileName ?? null,
        evidenceMediaType: file?.mimeType ?? null,
        evidenceSizeBytes: file?.content.length ?? null,
        evidenceSha256: file?.sha256 ?? null,
        evidenceContent: file?.content ?? null,
        authorFunctions: caller.functions.map((f) => f.label),
        actorPersonId: actor.personId,
        actorTokenId: actor.tokenId,
        actorLabel: actor.label,
        actorSide: actor.side,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("indicator entry insert returned nothing");
    await auditChange(tx, ctx, {
      orgId: input.orgId,
      action: "indicator.enter",
      entity: "indicator_entry",
      entityId: row.id,
      after: {
        indicator: row.indicator,
        period: row.periodKey,
        measuredOn: row.measuredOn,
        value: row.value,
        evidence: file
          ? { fileName: file.fileName, sha256: file.sha256, sizeBytes: file.content.length }
          : { url: row.evidenceUrl },
      },
    });
    const [earlier] = await tx
      .select({ n: count() })
      .from(indicatorEntries)
      .where(
        and(
          eq(indicatorEntries.orgId, row.orgId),
          eq(indicatorEntries.indicator, row.indicator),
          eq(indicatorEntries.periodKey, row.periodKey),
        ),
      );
    return entryOf({ ...row, replaced: (earlier?.n ?? 1) - 1 });
  });
}
