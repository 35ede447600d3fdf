/**
 * The delay targets agreed with a commune. Recording a set (from a date) never changes saisines
 * already filed: each keeps the targets of its filing day.
 */
import { parisDate, type SlaTarget } from "@mutu/domain";
import { schema, appendAudit } from "@mutu/db";
import { and, asc, desc, eq } from "drizzle-orm";
import { actorOf } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { targetOrgId, assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";

const { organisations, slaTargets } = schema;

export async function listTargets(ctx: ServiceContext, input: { orgId?: string | undefined }) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const today = parisDate(ctx.now());
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(slaTargets)
      .where(eq(slaTargets.orgId, orgId))
      .orderBy(
        desc(slaTargets.effectiveFrom),
        asc(slaTargets.indicator),
        asc(slaTargets.criticality),
      );
    const sets = new Map<string, typeof rows>();
    for (const r of rows) sets.set(r.effectiveFrom, [...(sets.get(r.effectiveFrom) ?? []), r]);
    const dates = [...sets.keys()];
    const current = dates.find((d) => d <= today) ?? null;
    return {
      orgId,
      sets: dates.map((effectiveFrom) => ({
        effectiveFrom,
        inForce: effectiveFrom === current,
        agreedRef: sets.get(effectiveFrom)?.[0]?.agreedRef ?? "",
        targets: (sets.get(effectiveFrom) ?? []).map((r) => ({
          indicator: r.indicator,
          criticality: r.criticality,
          businessMinutes: r.businessMinutes,
          compliancePercent: r.compliancePercent,
        })),
      })),
    };
  });
}

export async function setTargets(
  ctx: ServiceContext,
  input: { orgId: string; effectiveFrom: string; agreedRef: string; targets: SlaTarget[] },
) {
  const { caller } = ctx;
  assertVisibleOrg(caller, input.orgId);
  if (caller.org.kind !== "operator")
    throw new AppError(
      "FORBIDDEN",
      "Les objectifs de délai se fixent avec le service commun : adressez-vous à votre référent.",
    );
  const keys = input.targets.map((t) => `${t.indicator}|${t.criticality ?? ""}`);
  if (new Set(keys).size !== keys.length)
    throw new AppError("BAD_REQUEST", "Un même indicateur (et criticité) apparaît deux fois.", {
      targets: ["Indicateur en double."],
    });
  return inTenant(ctx, async (tx) => {
    const [org] = await tx
      .select({ kind: organisations.kind, operatorId: organisations.operatorId })
      .from(organisations)
      .where(eq(organisations.id, input.orgId));
    if (org?.kind !== "commune" || !org.operatorId)
      throw new AppError("BAD_REQUEST", "Les objectifs se fixent pour une commune membre.", {
        orgId: ["Choisissez une commune."],
      });
    const existing = await tx
      .select({ id: slaTargets.id })
      .from(slaTargets)
      .where(
        and(eq(slaTargets.orgId, input.orgId), eq(slaTargets.effectiveFrom, input.effectiveFrom)),
      )
      .limit(1);
    if (existing.length)
      throw new AppError(
        "CONFLICT",
        "Des objectifs sont déjà enregistrés à cette date : choisissez la date d'effet du nouvel accord.",
        { effectiveFrom: ["Date déjà utilisée."] },
      );
    if (input.targets.length)
      await tx.insert(slaTargets).values(
        input.targets.map((t) => ({
          orgId: input.orgId,
          operatorId: org.operatorId ?? "",
          effectiveFrom: input.effectiveFrom,
          indicator: t.indicator,
          criticality: t.criticality ?? null,
          businessMinutes: t.businessMinutes,
          compliancePercent: t.compliancePercent ?? null,
          agreedRef: input.agreedRef,
          createdBy: caller.personId,
        })),
      );
    await appendAudit(tx, {
      orgId: input.orgId,
      actor: actorOf(caller),
      action: "sla-targets.set",
      entity: "organisation",
      entityId: input.orgId,
      after: {
        effectiveFrom: input.effectiveFrom,
        agreedRef: input.agreedRef,
        targets: input.targets,
      },
    });
    return { ok: true as const };
  });
}
