/**
 * What every change of a saisine leaves behind, in its own transaction: timeline events, a row
 * in the change feed other tools poll, and an audit entry with before/after.
 */
import type { AuditAction } from "@mutu/domain";
import { type AuditInput, appendAudit, insertStatement, schema, type Tx } from "@mutu/db";
import type { Caller } from "../../auth/caller.ts";
import { actorOf } from "../../auth/caller.ts";
import { type SaisineRow, sideOf } from "./access.ts";
import { storedClock } from "./clock.ts";

const { saisineChanges, saisineEvents } = schema;

export type Actor = {
  personId: string | null;
  tokenId: string | null;
  label: string;
  side: "commune" | "operator" | "system";
};

export const actorFrom = (caller: Caller): Actor => ({ ...actorOf(caller), side: sideOf(caller) });
export const SYSTEM_ACTOR: Actor = {
  personId: null,
  tokenId: null,
  label: "mutu (traitement automatique)",
  side: "system",
};

export const actorColumns = (actor: Actor) => ({
  actorPersonId: actor.personId,
  actorTokenId: actor.tokenId,
  actorLabel: actor.label,
  actorSide: actor.side,
});

const eventColumns = [
  "saisineId",
  "orgId",
  "at",
  "kind",
  "visibility",
  "actorPersonId",
  "actorTokenId",
  "actorLabel",
  "actorSide",
  "body",
  "statusAfter",
  "payload",
  "clock",
] as const;
const insertEvent = insertStatement("saisine_event", saisineEvents, eventColumns);

const changeColumns = [
  "operatorId",
  "orgId",
  "saisineId",
  "at",
  "kind",
  "visibility",
  "rowVersion",
  "status",
] as const;
const insertChange = insertStatement("saisine_change", saisineChanges, changeColumns);

export type NewEvent = {
  kind: string;
  visibility: "public" | "interne";
  at: Date;
  body?: string | null;
  payload?: Record<string, unknown> | null;
  clock?: import("@mutu/domain").SaisineClockEvent | null;
};

export async function insertEvents(
  tx: Tx,
  saisine: Pick<SaisineRow, "id" | "orgId" | "status">,
  actor: Actor,
  events: readonly NewEvent[],
) {
  // One statement per event, sent together: one round trip, and a text that never varies.
  await Promise.all(
    events.map((e) =>
      insertEvent(tx, {
        saisineId: saisine.id,
        orgId: saisine.orgId,
        at: e.at,
        kind: e.kind,
        visibility: e.visibility,
        ...actorColumns(actor),
        body: e.body ?? null,
        statusAfter: saisine.status,
        payload: e.payload ?? null,
        clock: e.clock ? storedClock(e.clock) : null,
      }),
    ),
  );
}

export async function recordChange(
  tx: Tx,
  saisine: Pick<SaisineRow, "id" | "orgId" | "operatorId" | "rowVersion" | "status">,
  kind: string,
  visibility: "public" | "interne",
  at: Date,
) {
  await insertChange(tx, {
    operatorId: saisine.operatorId,
    orgId: saisine.orgId,
    saisineId: saisine.id,
    at,
    kind,
    visibility,
    rowVersion: saisine.rowVersion,
    status: saisine.status,
  });
}

/** A saisine's audit entry, on its commune's chain. */
export function saisineAuditEntry(
  actor: Actor,
  saisine: Pick<SaisineRow, "id" | "orgId">,
  action: AuditAction,
  before: unknown,
  after: unknown,
): AuditInput {
  return {
    orgId: saisine.orgId,
    actor: actor.side === "system" ? null : actor,
    action,
    entity: "saisine",
    entityId: saisine.id,
    before,
    after,
  };
}

export function auditSaisine(
  tx: Tx,
  actor: Actor,
  saisine: Pick<SaisineRow, "id" | "orgId">,
  action: AuditAction,
  before: unknown,
  after: unknown,
) {
  return appendAudit(tx, saisineAuditEntry(actor, saisine, action, before, after));
}

/** The fields audited for a saisine's state (not its free texts, which the timeline keeps). */
export function auditedState(row: SaisineRow) {
  return {
    version: row.rowVersion,
    status: row.status,
    type: row.type,
    subDomain: row.subDomain,
    nature: row.nature,
    criticality: row.criticality,
    annexVersionId: row.annexVersionId,
    communeFunction: row.communeFunction,
    sharedServiceFunction: row.sharedServiceFunction,
    proximityCentre: row.proximityCentre,
    needsQualification: row.needsQualification,
    assignee: row.assigneeLabel,
    handlingDueAt: row.handlingDueAt,
    resolutionDueAt: row.resolutionDueAt,
  };
}
