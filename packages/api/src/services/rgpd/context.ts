/**
 * What every RGPD verb needs first: which organisation's register it is about, who is acting (the
 * commune's side or the Métropole's, with which permission), the options of the commune's contract
 * in force, and the trail each change leaves — an event in the record's evidence and an entry in
 * the hash-chained audit trail, both without personal data.
 */
import {
  type AnnexRgpd,
  type DocumentSubject,
  frenchNumero,
  parisInstant,
  parisToday,
  type Permission,
  type RgpdEventKind,
} from "@mutu/domain";
import { type AuditChain, openAuditChain, schema, type Tx } from "@mutu/db";
import { eq, inArray, max, min } from "drizzle-orm";
import type { PgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Caller } from "../../auth/caller.ts";
import { actorOf } from "../../auth/caller.ts";
import { AppError, fieldRefusal, forbidden, notFound } from "../../errors.ts";
import { readContract } from "../contracts/contract-view.ts";
import { actorColumns, actorFrom } from "../saisines/history.ts";
import type { ServiceContext } from "../tenant.ts";

const { organisations, rgpdEvents, rgpdProcessings, rgpdReferenceNotifications } = schema;

export type Side = "commune" | "operator";
export const sideOf = (caller: Caller): Side =>
  caller.org.kind === "operator" ? "operator" : "commune";

export function assertPermission(caller: Caller, permission: Permission) {
  if (!caller.permissions.includes(permission)) throw forbidden();
}

/** The Métropole's side only (vendors, shared processing, référentiel, retention passes). */
export function assertOperator(caller: Caller, what: string) {
  if (sideOf(caller) !== "operator")
    throw new AppError("FORBIDDEN", `${what} relève du service commun de la Métropole.`);
}

export type RgpdOptions = AnnexRgpd & {
  /** The contract version the options come from, or null when no annex is in force. */
  source: string | null;
  applications: { name: string; vendor: string | null }[];
};

const NO_OPTIONS: RgpdOptions = {
  dpoShared: null,
  breachesHandledBy: null,
  dataSubjectRequestsHandledBy: null,
  subProcessorSelection: null,
  legacyProcessingInventoryDue: null,
  source: null,
  applications: [],
};

/** The RGPD options of the commune's contract in force on `day` (none for the Métropole itself). */
export async function rgpdOptions(
  tx: Tx,
  caller: Caller,
  orgId: string,
  day: string,
): Promise<RgpdOptions> {
  const read = await readContract(tx, caller, { orgId, kind: "engagement" }, day, {
    annexOn: day,
  });
  const onDate = read?.onDate;
  if (!onDate) return NO_OPTIONS;
  const { version, annex } = onDate;
  return {
    ...annex.rgpd,
    source:
      version.kind === "original"
        ? "Contrat initial"
        : `Avenant${version.amendmentNumber ? ` ${frenchNumero(version.amendmentNumber)}` : ""}`,
    applications: (annex.applications ?? []).map((a) => ({ name: a.name, vendor: a.vendor })),
  };
}

export async function orgOf(tx: Tx, orgId: string) {
  const [org] = await tx
    .select({
      id: organisations.id,
      kind: organisations.kind,
      name: organisations.name,
      slug: organisations.slug,
    })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  if (!org) throw new AppError("NOT_FOUND", "Organisation introuvable.");
  return org;
}

/** The first day a version of the référentiel was notified to the commune (V-j), if ever. */
export async function standardNotifiedOn(tx: Tx, orgId: string) {
  const [row] = await tx
    .select({ first: min(rgpdReferenceNotifications.notifiedOn) })
    .from(rgpdReferenceNotifications)
    .where(eq(rgpdReferenceNotifications.orgId, orgId));
  return row?.first ?? null;
}

/**
 * The next number of an organisation's register. Called once the organisation's audit chain is
 * open: its lock serialises writers, so two records never get the same number.
 */
export async function nextNumber(
  tx: Tx,
  table: PgTable & { orgId: PgColumn; number: PgColumn },
  orgId: string,
) {
  const [row] = await tx
    .select({ last: max(table.number) })
    .from(table)
    .where(eq(table.orgId, orgId));
  return Number(row?.last ?? 0) + 1;
}

export type Trail = {
  orgId: string;
  subject: DocumentSubject | "shared" | "settings" | "disagreement";
  subjectId: string;
  /** The event's kind, and the audit action `rgpd.<kind>` (domain audit/actions.ts). */
  kind: RgpdEventKind;
  /** What the record's evidence says, in French, without personal data. */
  summary: string;
  before?: unknown;
  after?: unknown;
};

/**
 * What a change leaves: an event on the record and an audit entry. `chain` is the organisation's
 * audit chain when the service opened it already (to number a record under its lock).
 */
export async function leaveTrail(tx: Tx, ctx: ServiceContext, trail: Trail, chain?: AuditChain) {
  const actor = actorFrom(ctx.caller);
  await tx.insert(rgpdEvents).values({
    orgId: trail.orgId,
    subject: trail.subject,
    subjectId: trail.subjectId,
    at: ctx.now(),
    kind: trail.kind,
    summary: trail.summary,
    ...actorColumns(actor),
  });
  const audit = chain ?? (await openAuditChain(tx, trail.orgId));
  await audit.append({
    orgId: trail.orgId,
    actor: actorOf(ctx.caller),
    action: `rgpd.${trail.kind}`,
    entity: trail.subject,
    entityId: trail.subjectId,
    before: trail.before,
    after: trail.after,
  });
}

/** The events of one record, oldest first. */
export function eventsOf(tx: Tx, subjectId: string) {
  return tx
    .select({
      at: rgpdEvents.at,
      kind: rgpdEvents.kind,
      summary: rgpdEvents.summary,
      actor: rgpdEvents.actorLabel,
      side: rgpdEvents.actorSide,
    })
    .from(rgpdEvents)
    .where(eq(rgpdEvents.subjectId, subjectId))
    .orderBy(rgpdEvents.at, rgpdEvents.id);
}

export const today = (ctx: ServiceContext) => parisToday(ctx.now());

/** A Paris wall-clock reading the input schema accepted: an instant. */
export const instantOf = (local: string) => {
  const instant = parisInstant(local);
  if (!instant) throw fieldRefusal("_", "Date et heure invalides.");
  return instant;
};

/** A moment the person typed (when a breach was known, a request received…): not to come. */
export function pastInstantOf(ctx: ServiceContext, local: string, field: string, future: string) {
  const instant = instantOf(local);
  if (instant.getTime() > ctx.now().getTime()) throw fieldRefusal(field, future);
  return instant;
}

/** A record of a register by its id — locked for the change to come when `lock` — or not found. */
export async function loadRecord<T extends PgTable & { id: PgColumn }>(
  tx: Tx,
  table: T,
  id: string,
  what: string,
  lock = false,
): Promise<T["$inferSelect"]> {
  const query = tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id));
  const [row] = await (lock ? query.for("update") : query);
  if (!row) throw notFound(what);
  return row as T["$inferSelect"];
}

/** The processings a breach or a request names are all in the register of its organisation. */
export async function assertProcessingsOf(tx: Tx, orgId: string, ids: readonly string[]) {
  if (!ids.length) return;
  const known = await tx
    .select({ id: rgpdProcessings.id, orgId: rgpdProcessings.orgId })
    .from(rgpdProcessings)
    .where(inArray(rgpdProcessings.id, [...ids]));
  if (known.length !== new Set(ids).size || known.some((k) => k.orgId !== orgId))
    throw fieldRefusal(
      "processingIds",
      "Un des traitements choisis n'est pas au registre de la commune.",
    );
}

/** What a step leaves besides its record's subject: the event's kind, words and facts. */
export type StepTrail = Omit<Trail, "orgId" | "subject" | "subjectId">;

type NumberedTable = PgTable & { id: PgColumn; orgId: PgColumn; number: PgColumn };

/**
 * A new record of an organisation's register (a processing, a breach, a request): numbered under
 * the organisation's audit lock (`chain` when the service holds it already), written for the
 * caller's operator, then its trail, which may name its number.
 */
export async function openRecord<T extends NumberedTable>(
  tx: Tx,
  ctx: ServiceContext,
  table: T,
  record: { orgId: string; subject: Trail["subject"] },
  values: Omit<T["$inferInsert"], "orgId" | "operatorId" | "number" | "createdAt" | "updatedAt">,
  trail: (number: number) => StepTrail,
  chain?: AuditChain,
): Promise<{ id: string; number: number }> {
  const { orgId, subject } = record;
  const audit = chain ?? (await openAuditChain(tx, orgId));
  const number = await nextNumber(tx, table, orgId);
  const now = ctx.now();
  const inserted = await tx
    .insert(table)
    .values({
      ...values,
      orgId,
      operatorId: ctx.caller.operatorId,
      number,
      createdAt: now,
      updatedAt: now,
    } as PgInsertValue<T>)
    .returning({ id: table.id, number: table.number });
  const [row] = inserted as { id: string; number: number }[];
  if (!row) throw new Error(`${subject} insert returned nothing`);
  await leaveTrail(tx, ctx, { orgId, subject, subjectId: row.id, ...trail(number) }, audit);
  return row;
}

/**
 * A step recorded on a record (a breach, a request, a disagreement, a processor): its new facts,
 * then its trail — on the record itself, or on the one `subjectId` names (an acknowledgement of a
 * reference document is written on its notification and told on the document).
 */
export async function recordStep<T extends PgTable & { id: PgColumn }>(
  tx: Tx,
  ctx: ServiceContext,
  table: T,
  record: { id: string; orgId: string; subject: Trail["subject"]; subjectId?: string },
  values: PgUpdateSetSource<T>,
  trail: StepTrail,
) {
  await tx.update(table).set(values).where(eq(table.id, record.id));
  await leaveTrail(tx, ctx, {
    orgId: record.orgId,
    subject: record.subject,
    subjectId: record.subjectId ?? record.id,
    ...trail,
  });
  return { id: record.id };
}
