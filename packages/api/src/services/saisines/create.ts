/**
 * Filing a saisine: by a commune agent on the portal (for their commune), by the call centre for
 * any member (channel recorded), or by another tool with a token. Routed by the annex in force
 * that day, due dates computed on the commune's support hours and agreed targets, numbered
 * « BEG-2026-000123 » — or refused with a French reason and nothing written.
 *
 * Idempotency: a key makes a retried call return the first saisine. The unique constraint
 * (org_id, idempotency_key) decides under concurrency: the loser's transaction is rolled back
 * (its reference number is not consumed) and it returns the winner's saisine.
 */
import {
  type CreateSaisineInput,
  type Filer,
  initialSaisineStatus,
  parisDate,
  type SaisineClockEvent,
  filingChannel,
  mayNameRequester,
  ON_BEHALF_REFUSED,
  saisineReference,
  yearOf,
  nextAlertAt,
} from "@mutu/domain";
import { openAuditChain, placeholders, schema, statement, type Tx } from "@mutu/db";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { type SaisineRow, sideOf } from "./access.ts";
import { functionLabelsOf } from "./filer.ts";
import { agreementInForce, routeBy } from "./annex.ts";
import {
  assertMayResolveAtFirstContact,
  inventoryApplication,
  resolveAtFirstContact,
} from "./first-contact.ts";
import { measureClock, persistSegments } from "./clock.ts";
import {
  actorFrom,
  auditedState,
  insertEvents,
  recordChange,
  saisineAuditEntry,
} from "./history.ts";
import { createdResult, findByKey, requestHash } from "./idempotency.ts";
import { notify } from "../notifications/send.ts";

const { organisations, people, saisineCounters, saisines } = schema;

class IdempotentReplay extends Error {}

// A creation's statements, built once (see @mutu/db statement.ts).
const communeOf = statement("saisine_commune", (db) =>
  db
    .select({
      id: organisations.id,
      kind: organisations.kind,
      slug: organisations.slug,
      operatorId: organisations.operatorId,
      proximityCentre: organisations.proximityCentre,
    })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder("orgId"))),
);

/** The commune's next number this year; its counter row stays locked until commit. */
const nextNumber = statement("saisine_number", (db) =>
  db
    .insert(saisineCounters)
    .values({ orgId: sql.placeholder("orgId"), year: sql.placeholder("year"), last: 1 })
    .onConflictDoUpdate({
      target: [saisineCounters.orgId, saisineCounters.year],
      set: { last: sql`${saisineCounters.last} + 1` },
    })
    .returning({ last: saisineCounters.last }),
);

const insertedColumns = [
  "id",
  "orgId",
  "operatorId",
  "reference",
  "type",
  "subDomain",
  "nature",
  "criticality",
  "title",
  "description",
  "site",
  "channel",
  "status",
  "filedByPersonId",
  "filedByTokenId",
  "filedByLabel",
  "filedByOrgId",
  "requesterId",
  "requesterLabel",
  "onBehalfOf",
  "annexVersionId",
  "conventionId",
  "communeFunction",
  "sharedServiceFunction",
  "proximityCentre",
  "proximityCentreName",
  "needsQualification",
  "qualificationReason",
  "calendarVersion",
  "handlingTargetMinutes",
  "resolutionTargetMinutes",
  "handledAt",
  "handlingDueAt",
  "resolutionDueAt",
  "warnAt",
  "alertAt",
  "application",
  "idempotencyKey",
  "idempotencyHash",
  "createdAt",
  "updatedAt",
] as const;
type InsertedSaisine = Required<
  Pick<typeof saisines.$inferInsert, (typeof insertedColumns)[number]>
>;

/** Nothing comes back when another call with the same idempotency key got there first. */
const insertRow = statement<{ id: string; isOpen: boolean; dueSort: Date }[], InsertedSaisine>(
  "saisine_insert",
  (db) =>
    db
      .insert(saisines)
      .values(placeholders(insertedColumns))
      .onConflictDoNothing({ target: [saisines.orgId, saisines.idempotencyKey] })
      .returning({ id: saisines.id, isOpen: saisines.isOpen, dueSort: saisines.dueSort }),
);

/** The value of a settled read, or its error thrown — in the order the caller checks them. */
function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}

export async function createSaisine(ctx: ServiceContext, input: CreateSaisineInput) {
  const { caller } = ctx;
  assertVisibleOrg(caller, input.orgId);
  assertMayResolveAtFirstContact(ctx, input);
  const hash = requestHash(input);
  if (input.idempotencyKey) {
    const first = await findByKey(ctx, input.orgId, input.idempotencyKey, hash);
    if (first) return first;
  }
  try {
    return await inTenant(ctx, (tx) => insertSaisine(ctx, tx, input, hash));
  } catch (error) {
    if (!(error instanceof IdempotentReplay) || !input.idempotencyKey) throw error;
    const first = await findByKey(ctx, input.orgId, input.idempotencyKey, hash);
    if (!first) throw error;
    return first;
  }
}

/** Who files, for whom, with which functions (the matrix names functions). */
async function filerOf(
  ctx: ServiceContext,
  tx: Tx,
  orgId: string,
  requesterId: string | undefined,
) {
  const { caller } = ctx;
  const ownPerson = caller.kind === "person" && caller.org.id === orgId ? caller.personId : null;
  if (
    requesterId &&
    requesterId !== ownPerson &&
    !mayNameRequester({ side: sideOf(caller), viaToken: caller.kind === "token" })
  )
    throw new AppError("FORBIDDEN", ON_BEHALF_REFUSED, { requesterId: [ON_BEHALF_REFUSED] });
  const wanted = requesterId ?? ownPerson;
  if (!wanted) return { requesterId: null, requesterLabel: null, filer: { functionLabels: [] } };
  if (wanted === ownPerson && caller.personId)
    return {
      requesterId: caller.personId,
      requesterLabel: caller.label,
      filer: { functionLabels: caller.functions.map((f) => f.label) } satisfies Filer,
    };
  const [person] = await tx
    .select({ id: people.id, label: people.displayName, orgId: people.orgId })
    .from(people)
    .where(and(eq(people.id, wanted), eq(people.orgId, orgId), eq(people.active, true)));
  if (!person)
    throw new AppError(
      "BAD_REQUEST",
      "Le demandeur indiqué n'est pas un agent actif de cette commune.",
      {
        requesterId: ["Demandeur inconnu dans cette commune."],
      },
    );
  return {
    requesterId: person.id,
    requesterLabel: person.label,
    filer: { functionLabels: await functionLabelsOf(tx, person.id) } satisfies Filer,
  };
}

/** The channel recorded: the domain's rule for who files; a refusal names the field to fix. */
function channelOf(ctx: ServiceContext, input: CreateSaisineInput) {
  const { caller } = ctx;
  const result = filingChannel(
    { side: sideOf(caller), viaToken: caller.kind === "token" },
    input.channel,
  );
  if (!result.ok)
    throw new AppError("BAD_REQUEST", result.error, { channel: ["Canal de réception attendu."] });
  return result.channel;
}

async function insertSaisine(
  ctx: ServiceContext,
  tx: Tx,
  input: CreateSaisineInput,
  idempotencyHash: string,
) {
  const { caller } = ctx;
  const now = ctx.now();
  const channel = channelOf(ctx, input);
  const year = yearOf(parisDate(now));
  // The reads and the numbering go out together (with the tenant scope): one round trip. The counter row
  // stays locked until commit (creates of one commune queue there, as on its audit chain); a
  // refusal rolls the number back.
  const [orgs, filerRead, inForceRead, counters, auditChain] = await Promise.allSettled([
    communeOf(tx, { orgId: input.orgId }),
    filerOf(ctx, tx, input.orgId, input.requesterId),
    agreementInForce(tx, caller, input.orgId, now),
    nextNumber(tx, { orgId: input.orgId, year }),
    // Locked now, with the counter: appending later costs no round trip of its own.
    openAuditChain(tx, input.orgId),
  ]);
  const org = settled(orgs)[0];
  if (!org) throw notFound("Commune");
  if (org.kind !== "commune" || !org.operatorId)
    throw new AppError("BAD_REQUEST", "Une saisine se dépose pour une commune membre.", {
      orgId: ["Choisissez une commune."],
    });
  const { requesterId, requesterLabel, filer } = settled(filerRead);
  const inForce = settled(inForceRead);
  const routed = routeBy(inForce, input, filer);
  const application = inventoryApplication(
    inForce.kind === "engagement" ? inForce.annex : null,
    input.application,
  );
  const number = settled(counters)[0]?.last ?? 0;

  const created: SaisineClockEvent = {
    kind: "created",
    at: now,
    nature: input.nature,
    calendarVersion: routed.calendarVersion,
  };
  const measured = await measureClock(
    tx,
    {
      handlingTargetMinutes: routed.handlingTargetMinutes,
      resolutionTargetMinutes: routed.resolutionTargetMinutes,
    },
    [created],
    [],
    now,
  );
  const values = {
    id: randomUUID(),
    orgId: org.id,
    operatorId: org.operatorId,
    reference: saisineReference(org.slug, year, number),
    type: input.type,
    subDomain: input.subDomain,
    nature: input.nature,
    criticality: input.criticality,
    title: input.title,
    description: input.description,
    site: input.site ?? null,
    channel,
    status: initialSaisineStatus(input.nature),
    filedByPersonId: caller.personId,
    filedByTokenId: caller.tokenId,
    filedByLabel: caller.label,
    filedByOrgId: caller.org.id,
    requesterId,
    requesterLabel,
    onBehalfOf: input.onBehalfOf ?? null,
    annexVersionId: routed.annexVersionId,
    conventionId: routed.conventionId,
    communeFunction: routed.communeFunction,
    sharedServiceFunction: routed.sharedServiceFunction,
    proximityCentre: routed.proximityCentre,
    proximityCentreName: routed.proximityCentre ? org.proximityCentre : null,
    needsQualification: routed.needsQualification,
    qualificationReason: routed.qualificationReason,
    calendarVersion: routed.calendarVersion,
    handlingTargetMinutes: routed.handlingTargetMinutes,
    resolutionTargetMinutes: routed.resolutionTargetMinutes,
    handledAt: measured.clock.handledAt,
    handlingDueAt: measured.handlingDueAt,
    resolutionDueAt: measured.resolutionDueAt,
    warnAt: measured.warnAt,
    alertAt: nextAlertAt(measured.milestones, []),
    application,
    idempotencyKey: input.idempotencyKey ?? null,
    idempotencyHash: input.idempotencyKey ? idempotencyHash : null,
    createdAt: now,
    updatedAt: now,
  } satisfies InsertedSaisine;
  const known = {
    ...values,
    rowVersion: 1,
    assigneeLabel: null,
  } as unknown as SaisineRow;
  const actor = actorFrom(caller);
  // Everything about the new saisine is known here (its id too): the rows that follow it go out
  // in the same round trip, in order, so the saisine exists when they reference it.
  const [inserted, ...rest] = await Promise.allSettled([
    insertRow(tx, values),
    persistSegments(tx, known, measured.clock, { fresh: true }),
    insertEvents(tx, known, actor, [
      {
        kind: "created",
        visibility: "public",
        at: now,
        body: null,
        payload: {
          channel,
          annexVersionId: routed.annexVersionId,
          communeFunction: routed.communeFunction,
          sharedServiceFunction: routed.sharedServiceFunction,
          proximityCentre: routed.proximityCentre,
          needsQualification: routed.needsQualification,
          qualificationReason: routed.qualificationReason,
        },
        clock: created,
      },
    ]),
    recordChange(tx, known, "created", "public", now),
    settled(auditChain).append(
      saisineAuditEntry(actor, known, "saisine.create", null, {
        ...auditedState(known),
        reference: values.reference,
        channel,
        onBehalfOfResident: values.onBehalfOf !== null,
      }),
    ),
  ]);
  // Another call with the same key won the race: its saisine is the one (this one rolls back).
  const returned = settled(inserted)[0];
  if (!returned) throw new IdempotentReplay();
  for (const r of rest) if (r.status === "rejected") throw r.reason;
  // An exceptional saisine waits for both sides' managers: they are told.
  if (values.status === "decision-attendue")
    await notify(tx, known, actor, [{ kind: "status", to: values.status }], {}, now);
  // The row is what was written; only the generated columns come back.
  const row = { ...known, ...returned };
  if (!input.firstContactResolution || !input.answer) return createdResult(row, false);
  return createdResult(await resolveAtFirstContact(tx, ctx, row.id, input.answer, now), false);
}
