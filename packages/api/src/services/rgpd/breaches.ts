/**
 * The breach register's verbs (004 V-d, GDPR art. 33–34): open a breach from the time of awareness
 * (and the incident it came through), assess it, notify the CNIL — a late notification says why —,
 * inform the persons when the risk is high, close it once nothing is missing. Who handles it
 * follows the commune's option on the day of awareness; when the Métropole does, no message goes
 * out before the commune's services were consulted. Every step stays in the register's evidence.
 */
import {
  type AssessBreachInput,
  BREACH_RISK_LABELS,
  breachCloseBlockers,
  breachHandler,
  consultedBefore,
  frenchDateTime,
  notificationProblems,
  type OpenBreachInput,
  parisDate,
  unassessedBreach,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, eq } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { AppError, fieldRefusal, refuseProblems } from "../../errors.ts";
import { actorColumns, actorFrom } from "../saisines/history.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import {
  assertPermission,
  assertProcessingsOf,
  leaveTrail,
  loadRecord,
  openRecord,
  orgOf,
  pastInstantOf,
  rgpdOptions,
  recordStep,
  sideOf,
  type StepTrail,
} from "./context.ts";

const { rgpdBreaches, rgpdConsultations, saisines } = schema;

export const loadBreach = (tx: Tx, breachId: string, lock = false) =>
  loadRecord(tx, rgpdBreaches, breachId, "Violation", lock);
export type BreachRow = Awaited<ReturnType<typeof loadBreach>>;

/** Only the side the commune's option names handles the breach; the other reads and consults. */
export function mayHandle(caller: Caller, breach: Pick<BreachRow, "handledBy">) {
  return (
    caller.permissions.includes("rgpd.manage") &&
    (breach.handledBy === "metropole") === (sideOf(caller) === "operator")
  );
}

function assertHandler(caller: Caller, breach: BreachRow) {
  if (breach.status === "closed")
    throw new AppError("CONFLICT", "La violation est close : elle reste au registre telle quelle.");
  if (!mayHandle(caller, breach))
    throw new AppError(
      "FORBIDDEN",
      breach.handledBy === "metropole"
        ? "La commune a confié la gestion des violations à la Métropole (RSSI et DPO) : c'est elle qui la traite."
        : "La commune gère elle-même ses violations de données : c'est à elle de la traiter.",
    );
}

export async function consultationsOf(tx: Tx, subjectId: string) {
  return tx
    .select()
    .from(rgpdConsultations)
    .where(eq(rgpdConsultations.subjectId, subjectId))
    .orderBy(rgpdConsultations.consultedAt);
}

/** A step recorded on a breach: its new facts (its revision moves on), and its trail. */
const breachStep = (
  tx: Tx,
  ctx: ServiceContext,
  row: BreachRow,
  values: Partial<typeof rgpdBreaches.$inferInsert>,
  trail: StepTrail,
) =>
  recordStep(
    tx,
    ctx,
    rgpdBreaches,
    { ...row, subject: "breach" },
    { ...values, revision: row.revision + 1, updatedAt: ctx.now() },
    trail,
  );

/** Before a message goes out on the Métropole's watch, the commune's services were consulted (V-d). */
async function assertConsulted(tx: Tx, breach: BreachRow, at: Date, field: string) {
  if (breach.handledBy !== "metropole") return;
  if (!consultedBefore(await consultationsOf(tx, breach.id), at))
    throw fieldRefusal(
      field,
      "Les services de la commune doivent être consultés avant tout envoi : consignez d'abord leur consultation.",
    );
}

export async function openBreach(ctx: ServiceContext, input: OpenBreachInput) {
  assertPermission(ctx.caller, "rgpd.manage");
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const awareAt = pastInstantOf(
    ctx,
    input.awareAt,
    "awareAt",
    "La prise de connaissance ne peut pas être à venir.",
  );
  return inTenant(ctx, async (tx) => {
    const org = await orgOf(tx, orgId);
    let saisineId: string | null = null;
    if (input.saisineReference) {
      const [saisine] = await tx
        .select({ id: saisines.id })
        .from(saisines)
        .where(
          and(
            eq(saisines.reference, input.saisineReference.toUpperCase()),
            eq(saisines.orgId, orgId),
          ),
        );
      if (!saisine)
        throw fieldRefusal(
          "saisineReference",
          "Aucune saisine de cette commune ne porte cette référence.",
        );
      saisineId = saisine.id;
    }
    const options = await rgpdOptions(tx, ctx.caller, orgId, parisDate(awareAt));
    const handledBy =
      org.kind === "operator" ? "metropole" : breachHandler(options.breachesHandledBy);
    return openRecord(
      tx,
      ctx,
      rgpdBreaches,
      { orgId, subject: "breach" },
      {
        title: input.title,
        description: input.description,
        natures: input.natures,
        awareAt,
        handledBy,
        saisineId,
        ...unassessedBreach(),
        status: "open",
        revision: 1,
        ...actorColumns(actorFrom(ctx.caller)),
      },
      (number) => ({
        kind: "breach-opened",
        summary: `Violation ouverte, connue le ${frenchDateTime(awareAt)} ; gérée par ${handledBy === "metropole" ? "la Métropole (RSSI et DPO)" : "la commune"}${input.saisineReference ? `, depuis la saisine ${input.saisineReference.toUpperCase()}` : ""}.`,
        after: { number, awareAt, natures: input.natures, handledBy, saisineId },
      }),
    );
  });
}

export async function assessBreach(ctx: ServiceContext, input: AssessBreachInput) {
  return inTenant(ctx, async (tx) => {
    const row = await loadBreach(tx, input.breachId, true);
    assertHandler(ctx.caller, row);
    if (row.revision !== input.revision)
      throw new AppError("CONFLICT", "La violation a été modifiée entre-temps : rechargez-la.");
    await assertProcessingsOf(tx, row.orgId, input.processingIds);
    const { breachId: _id, revision: _r, ...assessment } = input;
    return breachStep(tx, ctx, row, assessment, {
      kind: "breach-assessed",
      summary: `Évaluation mise à jour : ${BREACH_RISK_LABELS[input.riskLevel].toLowerCase()}.`,
      before: { riskLevel: row.riskLevel, approxPersons: row.approxPersons },
      after: assessment,
    });
  });
}

export async function notifyBreach(
  ctx: ServiceContext,
  input: { breachId: string; notifiedAt: string; cnilReference: string; lateJustification: string },
) {
  return inTenant(ctx, async (tx) => {
    const row = await loadBreach(tx, input.breachId, true);
    assertHandler(ctx.caller, row);
    if (row.notifiedAt) throw new AppError("CONFLICT", "La violation est déjà notifiée à la CNIL.");
    refuseProblems(notificationProblems(row.awareAt, input));
    const notifiedAt = pastInstantOf(
      ctx,
      input.notifiedAt,
      "notifiedAt",
      "La notification ne peut pas être à venir.",
    );
    await assertConsulted(tx, row, notifiedAt, "notifiedAt");
    const late = input.lateJustification ? input.lateJustification : null;
    return breachStep(
      tx,
      ctx,
      row,
      { notifiedAt, cnilReference: input.cnilReference, lateJustification: late },
      {
        kind: "breach-notified",
        summary: `Notifiée à la CNIL le ${frenchDateTime(notifiedAt)} (référence ${input.cnilReference})${late ? ", hors délai, avec les motifs du retard" : ""}.`,
        after: { notifiedAt, cnilReference: input.cnilReference, lateJustification: late },
      },
    );
  });
}

export async function informPersons(
  ctx: ServiceContext,
  input: { breachId: string; informedAt: string; means: string },
) {
  return inTenant(ctx, async (tx) => {
    const row = await loadBreach(tx, input.breachId, true);
    assertHandler(ctx.caller, row);
    const informedAt = pastInstantOf(
      ctx,
      input.informedAt,
      "informedAt",
      "L'information des personnes ne peut pas être à venir.",
    );
    if (informedAt.getTime() < row.awareAt.getTime())
      throw fieldRefusal(
        "informedAt",
        "Les personnes ne peuvent pas être informées avant la prise de connaissance.",
      );
    await assertConsulted(tx, row, informedAt, "informedAt");
    return breachStep(
      tx,
      ctx,
      row,
      { personsInformedAt: informedAt, personsInformationMeans: input.means },
      {
        kind: "breach-persons-informed",
        summary: `Personnes concernées informées le ${frenchDateTime(informedAt)} (${input.means}).`,
        after: { informedAt, means: input.means },
      },
    );
  });
}

export async function closeBreach(
  ctx: ServiceContext,
  input: { breachId: string; closingNote: string },
) {
  return inTenant(ctx, async (tx) => {
    const row = await loadBreach(tx, input.breachId, true);
    assertHandler(ctx.caller, row);
    const blockers = breachCloseBlockers(row);
    if (blockers.length)
      throw new AppError("BAD_REQUEST", blockers.join(" "), { closingNote: blockers });
    // The trail first: once closed, the row is frozen (migration's trigger).
    await leaveTrail(tx, ctx, {
      orgId: row.orgId,
      subject: "breach",
      subjectId: row.id,
      kind: "breach-closed",
      summary: "Violation close ; elle reste au registre avec ses pièces.",
      after: { closingNote: input.closingNote },
    });
    await tx
      .update(rgpdBreaches)
      .set({
        status: "closed",
        closedAt: ctx.now(),
        closingNote: input.closingNote,
        updatedAt: ctx.now(),
      })
      .where(eq(rgpdBreaches.id, row.id));
    return { id: row.id };
  });
}
