/**
 * Requests of data subjects, handled by the Métropole for the commune (004 V-d): registered with the
 * day and hour they came, the person's identity checked where in doubt, extended by two months with
 * a reason told to the person within the first month, answered once the commune's services were
 * consulted. The person's name and contact stay in the register: never in the audit trail, the
 * evidence's words or an error message.
 */
import {
  answerProblems,
  type AnswerRequestInput,
  extensionProblems,
  type ExtendRequestInput,
  frenchDateTime,
  IDENTITY_CHECK_LABELS,
  type IdentityCheck,
  REQUEST_KIND_LABELS,
  REQUEST_OUTCOME_LABELS,
  type RequestChannel,
  type RequestKind,
  subjectRequestDeadline,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import type { Caller } from "../../auth/caller.ts";
import { AppError, refuseProblems } from "../../errors.ts";
import { actorColumns, actorFrom } from "../saisines/history.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { consultationsOf } from "./breaches.ts";
import {
  assertPermission,
  assertProcessingsOf,
  loadRecord,
  openRecord,
  orgOf,
  pastInstantOf,
  rgpdOptions,
  sideOf,
  recordStep,
  type StepTrail,
  today,
} from "./context.ts";

const { rgpdRequests } = schema;

export const loadRequest = (tx: Tx, requestId: string, lock = false) =>
  loadRecord(tx, rgpdRequests, requestId, "Demande", lock);
export type RequestRow = Awaited<ReturnType<typeof loadRequest>>;

/**
 * The Métropole handles requests unless the commune's contract keeps them (an annex may say so);
 * the commune's own services then answer.
 */
export async function requestHandlerSide(tx: Tx, caller: Caller, orgId: string, day: string) {
  const org = await orgOf(tx, orgId);
  if (org.kind === "operator") return "operator";
  const options = await rgpdOptions(tx, caller, orgId, day);
  return options.dataSubjectRequestsHandledBy === "commune" ? "commune" : "operator";
}

async function assertHandler(tx: Tx, ctx: ServiceContext, row: RequestRow) {
  assertPermission(ctx.caller, "rgpd.manage");
  if (row.answeredAt)
    throw new AppError(
      "CONFLICT",
      "La demande a reçu sa réponse : elle reste au registre telle quelle.",
    );
  const side = await requestHandlerSide(tx, ctx.caller, row.orgId, today(ctx));
  if (side !== sideOf(ctx.caller))
    throw new AppError(
      "FORBIDDEN",
      side === "operator"
        ? "La Métropole gère les demandes des personnes pour la commune : c'est elle qui la traite."
        : "La commune gère elle-même les demandes des personnes : c'est à elle de la traiter.",
    );
}

/** A step recorded on a request: its new facts, and its trail (never the person's name). */
const requestStep = (
  tx: Tx,
  ctx: ServiceContext,
  row: RequestRow,
  values: Partial<typeof rgpdRequests.$inferInsert>,
  trail: StepTrail,
) =>
  recordStep(
    tx,
    ctx,
    rgpdRequests,
    { ...row, subject: "request" },
    { ...values, updatedAt: ctx.now() },
    trail,
  );

export async function registerRequest(
  ctx: ServiceContext,
  input: {
    orgId?: string | undefined;
    kind: RequestKind;
    receivedAt: string;
    channel: RequestChannel;
    requesterName: string;
    requesterContact: string;
    details: string;
    processingIds: string[];
    identityCheck: IdentityCheck;
  },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const receivedAt = pastInstantOf(
    ctx,
    input.receivedAt,
    "receivedAt",
    "La réception ne peut pas être à venir.",
  );
  return inTenant(ctx, async (tx) => {
    await orgOf(tx, orgId);
    await assertProcessingsOf(tx, orgId, input.processingIds);
    return openRecord(
      tx,
      ctx,
      rgpdRequests,
      { orgId, subject: "request" },
      {
        kind: input.kind,
        receivedAt,
        channel: input.channel,
        requesterName: input.requesterName,
        requesterContact: input.requesterContact,
        details: input.details,
        processingIds: input.processingIds,
        identityCheck: input.identityCheck,
        identityNote: "",
        dueAt: subjectRequestDeadline(receivedAt),
        ...actorColumns(actorFrom(ctx.caller)),
      },
      (number) => ({
        kind: "request-registered",
        summary: `Demande reçue le ${frenchDateTime(receivedAt)} : droit exercé, ${REQUEST_KIND_LABELS[input.kind].toLowerCase()}.`,
        // The person's name, contact and words stay out of the trail.
        after: { number, kind: input.kind, receivedAt, channel: input.channel },
      }),
    );
  });
}

export async function checkIdentity(
  ctx: ServiceContext,
  input: { requestId: string; identityCheck: IdentityCheck; note: string },
) {
  return inTenant(ctx, async (tx) => {
    const row = await loadRequest(tx, input.requestId, true);
    await assertHandler(tx, ctx, row);
    return requestStep(
      tx,
      ctx,
      row,
      { identityCheck: input.identityCheck, identityNote: input.note },
      {
        kind: "request-identity",
        summary: `Vérification d'identité : ${IDENTITY_CHECK_LABELS[input.identityCheck].toLowerCase()}.`,
        before: { identityCheck: row.identityCheck },
        after: { identityCheck: input.identityCheck },
      },
    );
  });
}

export async function extendRequest(
  ctx: ServiceContext,
  input: ExtendRequestInput & { requestId: string },
) {
  return inTenant(ctx, async (tx) => {
    const row = await loadRequest(tx, input.requestId, true);
    await assertHandler(tx, ctx, row);
    if (row.extendedAt)
      throw new AppError("CONFLICT", "Le délai de cette demande est déjà prolongé.");
    refuseProblems(extensionProblems(row.receivedAt, input));
    const personToldAt = pastInstantOf(
      ctx,
      input.personToldAt,
      "personToldAt",
      "L'information de la personne ne peut pas être à venir.",
    );
    const dueAt = subjectRequestDeadline(row.receivedAt, { extended: true });
    return requestStep(
      tx,
      ctx,
      row,
      { extendedAt: ctx.now(), extensionReason: input.reason, personToldAt, dueAt },
      {
        kind: "request-extended",
        summary: `Délai prolongé de deux mois (réponse due avant le ${frenchDateTime(dueAt)}) ; personne informée du motif le ${frenchDateTime(personToldAt)}.`,
        after: { personToldAt, dueAt },
      },
    );
  });
}

export async function answerRequest(
  ctx: ServiceContext,
  input: AnswerRequestInput & { requestId: string },
) {
  return inTenant(ctx, async (tx) => {
    const row = await loadRequest(tx, input.requestId, true);
    await assertHandler(tx, ctx, row);
    const consultations = await consultationsOf(tx, row.id);
    refuseProblems(
      answerProblems({ ...row, consultedAt: consultations.map((c) => c.consultedAt) }, input),
    );
    const answeredAt = pastInstantOf(
      ctx,
      input.answeredAt,
      "answeredAt",
      "La réponse ne peut pas être à venir.",
    );
    const late = answeredAt.getTime() >= row.dueAt.getTime();
    return requestStep(
      tx,
      ctx,
      row,
      { answeredAt, outcome: input.outcome, answerSummary: input.summary },
      {
        kind: "request-answered",
        summary: `Réponse faite le ${frenchDateTime(answeredAt)} : ${REQUEST_OUTCOME_LABELS[input.outcome].toLowerCase()}${late ? " (hors délai)" : ""}.`,
        after: { answeredAt, outcome: input.outcome, late },
      },
    );
  });
}
