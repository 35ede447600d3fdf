/**
 * The DPO's opinion and the implementation of a processing (004 V-c, V-e): the opinion is asked on
 * the version as it stands and given by the DPO in charge of the commune (the Métropole's when it is
 * shared, its own otherwise), with its reservations and reasons, once; implementation waits for a
 * favourable one, and for the impact assessment, the CNIL or the security diagnosis when due. A
 * processing that stops is declared to the DPO and its data's last retention passes are planned.
 */
import {
  dpoSide,
  frenchDate,
  type GiveOpinionInput,
  INVENTORIED_PATHS,
  inForceBlockers,
  OPINION_OUTCOME_LABELS,
  processingActions,
} from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, eq, isNull } from "drizzle-orm";
import { actorOf } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertPermission, leaveTrail, orgOf, rgpdOptions, sideOf, today } from "./context.ts";
import { loadProcessing, opinionsOf } from "./processing-view.ts";
import { planFinalRetention, replanRetention } from "./retention-plan.ts";

const { rgpdOpinions, rgpdProcessings } = schema;

const conflict = (message: string) => new AppError("CONFLICT", message);

export async function requestOpinion(
  ctx: ServiceContext,
  input: { processingId: string; revision: number; note: string },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  return inTenant(ctx, async (tx) => {
    const row = await loadProcessing(tx, input.processingId, true);
    if (row.revision !== input.revision)
      throw conflict(
        "La fiche a été modifiée entre-temps : rechargez-la avant de demander l'avis.",
      );
    const opinions = await opinionsOf(tx, row.id);
    const facts = { status: row.status, revision: row.revision, opinions };
    if (!processingActions(facts, { manage: true, opinion: false }).includes("request-opinion"))
      throw conflict(
        opinions.some((o) => o.outcome === null)
          ? "Un avis est déjà demandé au DPO sur ce traitement."
          : "L'avis du DPO ne se demande que sur un traitement en brouillon, ou en vigueur et modifié depuis son dernier avis.",
      );
    const org = await orgOf(tx, row.orgId);
    const options = await rgpdOptions(tx, ctx.caller, row.orgId, today(ctx));
    const side = dpoSide(org, options.dpoShared);
    const now = ctx.now();
    const actor = actorOf(ctx.caller);
    await tx.insert(rgpdOpinions).values({
      processingId: row.id,
      orgId: row.orgId,
      revision: row.revision,
      dpoSide: side,
      requestedAt: now,
      requestNote: input.note,
      requestedByLabel: actor.label,
      requestedById: actor.personId,
    });
    if (row.status === "draft")
      await tx
        .update(rgpdProcessings)
        .set({ status: "awaiting-opinion", updatedAt: now })
        .where(eq(rgpdProcessings.id, row.id));
    await leaveTrail(tx, ctx, {
      orgId: row.orgId,
      subject: "processing",
      subjectId: row.id,
      kind: "opinion-requested",
      summary: `Avis demandé au DPO ${side === "operator" ? "de la Métropole (mutualisé)" : "de la commune"} sur la version ${row.revision}.`,
      after: { revision: row.revision, dpoSide: side, note: input.note },
    });
    return { id: row.id };
  });
}

export async function giveOpinion(ctx: ServiceContext, input: GiveOpinionInput) {
  assertPermission(ctx.caller, "rgpd.opinion");
  return inTenant(ctx, async (tx) => {
    const row = await loadProcessing(tx, input.processingId, true);
    const [pending] = await tx
      .select()
      .from(rgpdOpinions)
      .where(and(eq(rgpdOpinions.processingId, row.id), isNull(rgpdOpinions.outcome)));
    if (!pending) throw conflict("Aucun avis n'est demandé au DPO sur ce traitement.");
    if (pending.dpoSide !== sideOf(ctx.caller))
      throw new AppError(
        "FORBIDDEN",
        pending.dpoSide === "operator"
          ? "La commune partage le DPO de la Métropole : c'est à lui de rendre cet avis."
          : "La commune a son propre DPO : c'est à lui de rendre cet avis.",
      );
    const now = ctx.now();
    const actor = actorOf(ctx.caller);
    await tx
      .update(rgpdOpinions)
      .set({
        givenAt: now,
        outcome: input.outcome,
        reservations: input.reservations,
        text: input.text,
        givenByLabel: actor.label,
        givenById: actor.personId,
      })
      .where(eq(rgpdOpinions.id, pending.id));
    if (row.status === "awaiting-opinion")
      await tx
        .update(rgpdProcessings)
        .set({ status: "draft", updatedAt: now })
        .where(eq(rgpdProcessings.id, row.id));
    const reservations = input.reservations.length
      ? ` Réserves : ${input.reservations.join(" ; ")}.`
      : "";
    await leaveTrail(tx, ctx, {
      orgId: row.orgId,
      subject: "processing",
      subjectId: row.id,
      kind: "opinion-given",
      summary: `Avis du DPO : ${OPINION_OUTCOME_LABELS[input.outcome].toLowerCase()} (version ${pending.revision}).${reservations}`,
      after: {
        revision: pending.revision,
        outcome: input.outcome,
        reservations: input.reservations,
        text: input.text,
      },
    });
    return { id: row.id };
  });
}

export async function putInForce(
  ctx: ServiceContext,
  input: { processingId: string; revision: number; inForceOn: string | null },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  const inForceOn = input.inForceOn ?? today(ctx);
  return inTenant(ctx, async (tx) => {
    const row = await loadProcessing(tx, input.processingId, true);
    if (row.revision !== input.revision)
      throw conflict(
        "La fiche a été modifiée entre-temps : rechargez-la avant de la mettre en œuvre.",
      );
    const opinions = await opinionsOf(tx, row.id);
    const blockers = inForceBlockers({ ...row, opinions });
    if (blockers.length)
      throw new AppError("BAD_REQUEST", blockers.join(" "), { inForceOn: blockers });
    if (!INVENTORIED_PATHS.includes(row.content.path) && inForceOn > today(ctx))
      throw new AppError("BAD_REQUEST", "La date de mise en œuvre ne peut pas être à venir.", {
        inForceOn: ["La date de mise en œuvre ne peut pas être à venir."],
      });
    await tx
      .update(rgpdProcessings)
      .set({ status: "in-force", inForceOn, updatedAt: ctx.now() })
      .where(eq(rgpdProcessings.id, row.id));
    await replanRetention(tx, { ...row, inForceOn }, today(ctx));
    await leaveTrail(tx, ctx, {
      orgId: row.orgId,
      subject: "processing",
      subjectId: row.id,
      kind: "processing-in-force",
      summary: INVENTORIED_PATHS.includes(row.content.path)
        ? `Traitement inscrit comme en vigueur depuis le ${frenchDate(inForceOn)}, tel qu'il fonctionne.`
        : `Traitement mis en œuvre le ${frenchDate(inForceOn)}, après l'avis favorable du DPO.`,
      after: { inForceOn, revision: row.revision },
    });
    return { id: row.id };
  });
}

export async function endProcessing(
  ctx: ServiceContext,
  input: { processingId: string; endedOn: string | null; declaration: string },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  const endedOn = input.endedOn ?? today(ctx);
  return inTenant(ctx, async (tx) => {
    const row = await loadProcessing(tx, input.processingId, true);
    if (row.status !== "in-force")
      throw conflict("Seul un traitement en vigueur peut être arrêté.");
    if (row.inForceOn && endedOn < row.inForceOn)
      throw new AppError("BAD_REQUEST", "L'arrêt ne peut pas précéder la mise en œuvre.", {
        endedOn: ["L'arrêt ne peut pas précéder la mise en œuvre."],
      });
    await tx
      .update(rgpdProcessings)
      .set({ status: "ended", endedOn, endDeclaration: input.declaration, updatedAt: ctx.now() })
      .where(eq(rgpdProcessings.id, row.id));
    await planFinalRetention(tx, row, endedOn);
    await leaveTrail(tx, ctx, {
      orgId: row.orgId,
      subject: "processing",
      subjectId: row.id,
      kind: "processing-ended",
      summary: `Arrêt du traitement le ${frenchDate(endedOn)}, déclaré au DPO ; les dernières opérations de fin de conservation sont planifiées.`,
      after: { endedOn, declaration: input.declaration },
    });
    return { id: row.id };
  });
}
