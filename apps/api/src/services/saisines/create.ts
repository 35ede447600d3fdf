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
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, eq, sql } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { canSee, type SaisineRow, saisineColumns } from "./access.ts";
import { annexInForce, routeBy, targetsInForce } from "./annex.ts";
import { measureClock, nextAlertAt, persistSegments } from "./clock.ts";
import { actorFrom, auditedState, auditSaisine, insertEvents, recordChange } from "./history.ts";
import { mutationResult } from "./mutate.ts";
import { referenceOf } from "./reference.ts";

const { functions, organisations, people, personFunctions, saisineCounters, saisines } = schema;

class IdempotentReplay extends Error {}

export async function createSaisine(ctx: ServiceContext, input: CreateSaisineInput) {
  const { caller } = ctx;
  assertVisibleOrg(caller, input.orgId);
  if (input.idempotencyKey) {
    const first = await findByKey(ctx, input.orgId, input.idempotencyKey);
    if (first) return first;
  }
  try {
    return await inTenant(ctx, (tx) => insertSaisine(ctx, tx, input));
  } catch (error) {
    if (!(error instanceof IdempotentReplay) || !input.idempotencyKey) throw error;
    const first = await findByKey(ctx, input.orgId, input.idempotencyKey);
    if (!first) throw error;
    return first;
  }
}

function createdResult(row: SaisineRow, replayed: boolean) {
  return {
    ...mutationResult(row),
    orgId: row.orgId,
    annexVersionId: row.annexVersionId,
    communeFunction: row.communeFunction,
    sharedServiceFunction: row.sharedServiceFunction,
    proximityCentre: row.proximityCentre,
    proximityCentreName: row.proximityCentreName,
    qualificationReason: row.qualificationReason,
    createdAt: row.createdAt,
    replayed,
  };
}

async function findByKey(ctx: ServiceContext, orgId: string, key: string) {
  const [row] = await inTenant(ctx, (tx) =>
    tx
      .select(saisineColumns)
      .from(saisines)
      .where(and(eq(saisines.orgId, orgId), eq(saisines.idempotencyKey, key))),
  );
  if (!row) return null;
  // A key is the filer's: another organisation's or person's key does not reveal their saisine.
  if (row.filedByOrgId !== ctx.caller.org.id || !canSee(ctx.caller, row))
    throw new AppError(
      "CONFLICT",
      "Cette clé d'idempotence a déjà servi pour une autre saisine : choisissez-en une autre.",
      { idempotencyKey: ["Clé déjà utilisée."] },
    );
  return createdResult(row, true);
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
  const held = await tx
    .select({ label: functions.label })
    .from(personFunctions)
    .innerJoin(functions, eq(functions.id, personFunctions.functionId))
    .where(eq(personFunctions.personId, person.id))
    .orderBy(asc(functions.label));
  return {
    requesterId: person.id,
    requesterLabel: person.label,
    filer: { functionLabels: held.map((h) => h.label) } satisfies Filer,
  };
}

function channelOf(ctx: ServiceContext, input: CreateSaisineInput) {
  const { caller } = ctx;
  if (caller.kind === "token") return input.channel === "portail" ? "api" : input.channel;
  if (caller.org.kind === "commune") return "portail";
  if (input.channel === "portail" || input.channel === "api")
    throw new AppError(
      "BAD_REQUEST",
      "Précisez par quel canal la saisine est parvenue : téléphone, courrier, courriel ou accueil.",
      { channel: ["Canal de réception attendu."] },
    );
  return input.channel;
}

async function insertSaisine(ctx: ServiceContext, tx: Tx, input: CreateSaisineInput) {
  const { caller } = ctx;
  const now = ctx.now();
  const [org] = await tx
    .select({
      id: organisations.id,
      kind: organisations.kind,
      slug: organisations.slug,
      operatorId: organisations.operatorId,
      proximityCentre: organisations.proximityCentre,
    })
    .from(organisations)
    .where(eq(organisations.id, input.orgId));
  if (!org) throw notFound("Commune");
  if (org.kind !== "commune" || !org.operatorId)
    throw new AppError("BAD_REQUEST", "Une saisine se dépose pour une commune membre.", {
      orgId: ["Choisissez une commune."],
    });
  const channel = channelOf(ctx, input);
  const { requesterId, requesterLabel, filer } = await filerOf(ctx, tx, org.id, input.requesterId);
  const inForce = await annexInForce(tx, caller, org.id, now);
  const routed = routeBy(inForce, input, filer, await targetsInForce(tx, org.id, now));

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

  const year = Number(parisDate(now).slice(0, 4));
  // Numbering last: the counter row stays locked until commit, so keep that short.
  const [counter] = await tx
    .insert(saisineCounters)
    .values({ orgId: org.id, year, last: 1 })
    .onConflictDoUpdate({
      target: [saisineCounters.orgId, saisineCounters.year],
      set: { last: sql`${saisineCounters.last} + 1` },
    })
    .returning({ last: saisineCounters.last });
  const [row] = await tx
    .insert(saisines)
    .values({
      orgId: org.id,
      operatorId: org.operatorId,
      reference: referenceOf(org.slug, year, counter?.last ?? 0),
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
      idempotencyKey: input.idempotencyKey ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: [saisines.orgId, saisines.idempotencyKey] })
    .returning(saisineColumns);
  if (!row) throw new IdempotentReplay();
  await persistSegments(tx, row, measured.clock, { fresh: true });
  const actor = actorFrom(caller);
  await insertEvents(tx, row, actor, [
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
  ]);
  await recordChange(tx, row, "created", "public", now);
  await auditSaisine(tx, actor, row, "saisine.create", null, {
    ...auditedState(row),
    reference: row.reference,
    channel,
    onBehalfOfResident: row.onBehalfOf !== null,
  });
  return createdResult(row, false);
}
