/**
 * The vendors the Métropole chose as processors under the communes' general mandate (004 V-d),
 * each with its Art. 28 contract and « le contenu des engagements souscrits », which every commune
 * may read; a solution specific to one commune, whose cost it bears, is that commune's own.
 */
import { processorContractState } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, eq, or, sql } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertOperator, assertPermission, leaveTrail, recordStep, today } from "./context.ts";

const { organisations, rgpdProcessings, rgpdProcessors } = schema;
const v = rgpdProcessors;

export async function listProcessors(ctx: ServiceContext) {
  const day = today(ctx);
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .select({ vendor: v, orgName: organisations.name, orgKind: organisations.kind })
      .from(v)
      .innerJoin(organisations, eq(organisations.id, v.orgId))
      .where(eq(v.operatorId, ctx.caller.operatorId))
      .orderBy(asc(v.name));
    // Which records use each vendor (the commune sees its own records only, by row-level security).
    const uses = await tx
      .select({ id: sql<string>`link->>'processorId'`, n: sql<number>`count(*)::int` })
      .from(
        sql`${rgpdProcessings}, jsonb_array_elements(${rgpdProcessings.content}->'processors') link`,
      )
      .groupBy(sql`1`);
    return rows.map(({ vendor, orgName, orgKind }) => ({
      id: vendor.id,
      name: vendor.name,
      parentId: vendor.parentId,
      parentName: rows.find((r) => r.vendor.id === vendor.parentId)?.vendor.name ?? null,
      address: vendor.address,
      dpoContact: vendor.dpoContact,
      contractReference: vendor.contractReference,
      contractSignedOn: vendor.contractSignedOn,
      contractExpiresOn: vendor.contractExpiresOn,
      contractState: processorContractState(vendor.contractExpiresOn, day),
      commitments: vendor.commitments,
      communeId: orgKind === "commune" ? vendor.orgId : null,
      communeName: orgKind === "commune" ? orgName : null,
      usedBy: uses.find((u) => u.id === vendor.id)?.n ?? 0,
    }));
  });
}

export async function saveProcessor(
  ctx: ServiceContext,
  input: {
    processorId?: string | undefined;
    name: string;
    parentId: string | null;
    address: string;
    dpoContact: string;
    contractReference: string;
    contractSignedOn: string | null;
    contractExpiresOn: string | null;
    commitments: string;
    communeId: string | null;
  },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  assertOperator(ctx.caller, "Le choix des sous-traitants");
  const operatorId = ctx.caller.operatorId;
  if (input.communeId && !ctx.caller.visibleOrgIds.includes(input.communeId))
    throw notFound("Commune");
  if (
    input.contractSignedOn &&
    input.contractExpiresOn &&
    input.contractExpiresOn <= input.contractSignedOn
  )
    throw new AppError("BAD_REQUEST", "L'échéance du contrat suit sa signature.", {
      contractExpiresOn: ["L'échéance du contrat suit sa signature."],
    });
  const { processorId, communeId, ...fields } = input;
  const values = { ...fields, orgId: communeId ?? operatorId, operatorId, updatedAt: ctx.now() };
  return inTenant(ctx, async (tx) => {
    if (input.parentId) {
      const [parent] = await tx
        .select({ id: v.id })
        .from(v)
        .where(and(eq(v.id, input.parentId), eq(v.operatorId, operatorId)));
      if (!parent || input.parentId === processorId)
        throw new AppError("BAD_REQUEST", "Prestataire de rang supérieur introuvable.", {
          parentId: ["Prestataire de rang supérieur introuvable."],
        });
    }
    if (!processorId) {
      const [created] = await tx.insert(v).values(values).returning({ id: v.id });
      if (!created) throw new Error("vendor insert returned nothing");
      await leaveTrail(tx, ctx, {
        orgId: operatorId,
        subject: "settings",
        subjectId: created.id,
        kind: "processor-added",
        summary: `Prestataire ajouté : ${input.name} (contrat ${input.contractReference}).`,
        after: values,
      });
      return created;
    }
    const [before] = await tx
      .select()
      .from(v)
      .where(and(eq(v.id, processorId), or(eq(v.orgId, operatorId), eq(v.operatorId, operatorId))))
      .for("update");
    if (!before) throw notFound("Prestataire");
    return recordStep(
      tx,
      ctx,
      v,
      { id: processorId, orgId: operatorId, subject: "settings" },
      values,
      {
        kind: "processor-changed",
        summary: `Prestataire modifié : ${input.name}.`,
        before,
        after: values,
      },
    );
  });
}
