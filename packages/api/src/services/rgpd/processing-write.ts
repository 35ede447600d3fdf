/**
 * Recording and changing a processing in a register. The commune is always the controller; either
 * side may keep its register (the commune's DPO or correspondent, the Métropole's DPO who « est
 * chargé de la tenue des registres »). A change applies to the version the person read (no
 * overwrite of a concurrent one) and never while the DPO examines the record.
 */
import {
  type ProcessingContent,
  type ProcessingContentInput,
  processingContentSchema,
  registerColumns,
} from "@mutu/domain";
import { type AuditChain, schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { assertPermission, leaveTrail, openRecord, orgOf, today } from "./context.ts";
import { loadProcessing } from "./processing-view.ts";
import { replanRetention } from "./retention-plan.ts";

const { rgpdProcessings } = schema;

/**
 * Inserts a record under the organisation's audit lock (its number) and leaves its trail; `chain`
 * is that lock when the caller took it already (to check something under it first).
 */
export async function insertProcessing(
  tx: Tx,
  ctx: ServiceContext,
  orgId: string,
  content: ProcessingContent,
  shared: { sharedId: string; sharedVersion: number } | null,
  summary: string,
  chain?: AuditChain,
) {
  const org = await orgOf(tx, orgId);
  return openRecord(
    tx,
    ctx,
    rgpdProcessings,
    { orgId, subject: "processing" },
    {
      status: "draft",
      content,
      revision: 1,
      ...registerColumns(content, org.kind),
      sharedId: shared?.sharedId ?? null,
      sharedVersion: shared?.sharedVersion ?? null,
      recordedOn: today(ctx),
    },
    (number) => ({ kind: "processing-recorded", summary, after: { number, content } }),
    chain,
  );
}

export async function createProcessing(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; content: ProcessingContentInput },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const content = processingContentSchema.parse(input.content);
  return inTenant(ctx, (tx) =>
    insertProcessing(tx, ctx, orgId, content, null, "Traitement inscrit au registre (brouillon)."),
  );
}

export async function updateProcessing(
  ctx: ServiceContext,
  input: { processingId: string; revision: number; content: ProcessingContentInput },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  const content = processingContentSchema.parse(input.content);
  return inTenant(ctx, async (tx) => {
    const row = await loadProcessing(tx, input.processingId, true);
    if (row.status === "awaiting-opinion")
      throw new AppError(
        "CONFLICT",
        "Le DPO examine ce traitement : sa fiche ne peut pas changer avant son avis.",
      );
    if (row.status === "ended")
      throw new AppError(
        "CONFLICT",
        "Ce traitement est terminé : sa fiche reste telle qu'à son arrêt.",
      );
    if (row.revision !== input.revision)
      throw new AppError(
        "CONFLICT",
        "La fiche a été modifiée entre-temps : rechargez-la pour repartir de sa dernière version.",
      );
    if (JSON.stringify(row.content) === JSON.stringify(content))
      return { id: row.id, revision: row.revision };
    const org = await orgOf(tx, row.orgId);
    const revision = row.revision + 1;
    await tx
      .update(rgpdProcessings)
      .set({ content, revision, ...registerColumns(content, org.kind), updatedAt: ctx.now() })
      .where(eq(rgpdProcessings.id, row.id));
    if (row.status === "in-force") await replanRetention(tx, { ...row, content }, today(ctx));
    await leaveTrail(tx, ctx, {
      orgId: row.orgId,
      subject: "processing",
      subjectId: row.id,
      kind: "processing-changed",
      summary:
        row.status === "in-force"
          ? `Fiche modifiée (version ${revision}) : le traitement reste en vigueur ; l'avis du DPO peut être demandé sur la modification.`
          : `Fiche modifiée (version ${revision}).`,
      before: { revision: row.revision, content: row.content },
      after: { revision, content },
    });
    return { id: row.id, revision };
  });
}
