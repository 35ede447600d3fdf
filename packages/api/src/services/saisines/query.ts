/**
 * Lists of saisines: a commune's (« Mes saisines », « Les saisines de ma commune ») and the
 * operator's queue across its members. Keyset pagination (never OFFSET): each page continues from
 * the last row's sort key, read back as text so no precision is lost. Open saisines are read
 * through partial indexes ordered by due date, so a page costs the same after ten years of history.
 */
import {
  FINAL_SAISINE_STATUSES,
  SAISINE_STATUSES,
  type SaisineCriticality,
  type SaisineNature,
  type SaisineStatus,
  type SaisineType,
  type SubDomainLetter,
  dueState,
  SAISINE_REFERENCE_PATTERN,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, count, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { ownSaisinesFilter } from "./access.ts";
import { type DrillDownFilters, drillDownConditions } from "./drill-down.ts";
import { prepared } from "./prepared.ts";

const { organisations, saisines, teamMembers } = schema;

export type SortKey = "due" | "newest" | "oldest";

export type SaisineFilters = DrillDownFilters & {
  statuses?: SaisineStatus[] | undefined;
  subDomains?: SubDomainLetter[] | undefined;
  natures?: SaisineNature[] | undefined;
  types?: SaisineType[] | undefined;
  criticalities?: SaisineCriticality[] | undefined;
  due?: "soon" | "breached" | undefined;
  needsQualification?: boolean | undefined;
  q?: string | undefined;
  sort: SortKey;
  cursor?: string | undefined;
  limit: number;
};

export type QueueFilters = SaisineFilters & {
  orgIds?: string[] | undefined;
  proximityCentre?: string | undefined;
  routedToProximityCentre?: boolean | undefined;
  assignee?:
    | { kind: "person"; personId: string }
    | { kind: "team"; teamId: string }
    | { kind: "unassigned" }
    | { kind: "me" }
    | undefined;
};

type Cursor = { s: SortKey; k: string; i: string };

function encodeCursor(c: Cursor) {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

/** timestamptz as PostgreSQL prints it (DateStyle ISO): "2026-09-07 12:00:00.123+00". */
const PG_TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

function decodeCursor(text: string, sort: SortKey): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, "base64url").toString()) as Cursor;
    if (
      c.s === sort &&
      typeof c.k === "string" &&
      /^[0-9a-f-]{36}$/.test(c.i) &&
      (c.k === "infinity" || PG_TIMESTAMPTZ.test(c.k))
    )
      return c;
  } catch {
    // fall through
  }
  throw new AppError("BAD_REQUEST", "Position de page invalide : rechargez la liste.", {
    cursor: ["Position de page invalide."],
  });
}

const OPEN_STATUSES = SAISINE_STATUSES.filter((s) => !FINAL_SAISINE_STATUSES.includes(s));

export function filterConditions(f: SaisineFilters, now: Date): SQL[] {
  const where: SQL[] = [];
  if (!f.statuses?.length) where.push(eq(saisines.isOpen, true));
  else {
    where.push(inArray(saisines.status, f.statuses));
    // Lets the planner use the partial indexes on open saisines.
    if (f.statuses.every((s) => OPEN_STATUSES.includes(s))) where.push(eq(saisines.isOpen, true));
  }
  if (f.subDomains?.length) where.push(inArray(saisines.subDomain, f.subDomains));
  if (f.natures?.length) where.push(inArray(saisines.nature, f.natures));
  if (f.types?.length) where.push(inArray(saisines.type, f.types));
  if (f.criticalities?.length) where.push(inArray(saisines.criticality, f.criticalities));
  if (f.needsQualification !== undefined)
    where.push(eq(saisines.needsQualification, f.needsQualification));
  if (f.due === "breached")
    where.push(sql`${saisines.dueSort} <= ${now.toISOString()}::timestamptz`);
  if (f.due === "soon")
    where.push(
      sql`${saisines.warnAt} <= ${now.toISOString()}::timestamptz`,
      sql`${saisines.dueSort} > ${now.toISOString()}::timestamptz`,
    );
  const q = f.q?.trim();
  if (q) {
    if (SAISINE_REFERENCE_PATTERN.test(q.toUpperCase()))
      where.push(eq(saisines.reference, q.toUpperCase()));
    else where.push(sql`${saisines.search} @@ websearch_to_tsquery('french', ${q})`);
  }
  where.push(...drillDownConditions(f, now));
  return where;
}

function pageOrder(f: SaisineFilters): { order: SQL[]; after: SQL | null } {
  const cursor = f.cursor ? decodeCursor(f.cursor, f.sort) : null;
  if (f.sort === "due")
    return {
      order: [asc(saisines.dueSort), asc(saisines.id)],
      after: cursor
        ? sql`(${saisines.dueSort}, ${saisines.id}) > (${cursor.k}::timestamptz, ${cursor.i}::uuid)`
        : null,
    };
  const newest = f.sort === "newest";
  return {
    order: newest
      ? [desc(saisines.createdAt), desc(saisines.id)]
      : [asc(saisines.createdAt), asc(saisines.id)],
    after: cursor
      ? newest
        ? sql`(${saisines.createdAt}, ${saisines.id}) < (${cursor.k}::timestamptz, ${cursor.i}::uuid)`
        : sql`(${saisines.createdAt}, ${saisines.id}) > (${cursor.k}::timestamptz, ${cursor.i}::uuid)`
      : null,
  };
}

const listColumns = {
  id: saisines.id,
  orgId: saisines.orgId,
  orgName: organisations.name,
  reference: saisines.reference,
  title: saisines.title,
  type: saisines.type,
  subDomain: saisines.subDomain,
  nature: saisines.nature,
  criticality: saisines.criticality,
  status: saisines.status,
  channel: saisines.channel,
  assigneePersonId: saisines.assigneePersonId,
  assigneeTeamId: saisines.assigneeTeamId,
  assigneeLabel: saisines.assigneeLabel,
  communeFunction: saisines.communeFunction,
  sharedServiceFunction: saisines.sharedServiceFunction,
  proximityCentre: saisines.proximityCentre,
  proximityCentreName: saisines.proximityCentreName,
  needsQualification: saisines.needsQualification,
  handlingDueAt: saisines.handlingDueAt,
  resolutionDueAt: saisines.resolutionDueAt,
  warnAt: saisines.warnAt,
  isOpen: saisines.isOpen,
  filedByLabel: saisines.filedByLabel,
  requesterLabel: saisines.requesterLabel,
  onBehalfOfResident: sql<boolean>`${saisines.onBehalfOf} is not null`,
  createdAt: saisines.createdAt,
  updatedAt: saisines.updatedAt,
  version: saisines.rowVersion,
  dueKey: sql<string>`${saisines.dueSort}::text`,
  createdKey: sql<string>`${saisines.createdAt}::text`,
};

async function page(tx: Tx, where: SQL[], f: SaisineFilters, now: Date, prepare: boolean) {
  const { order, after } = pageOrder(f);
  const query = tx
    .select(listColumns)
    .from(saisines)
    .innerJoin(organisations, eq(organisations.id, saisines.orgId))
    .where(and(...where, ...filterConditions(f, now), ...(after ? [after] : [])))
    .orderBy(...order)
    .limit(f.limit + 1);
  // A commune's list has few shapes and one good plan; the queue's depends on the words searched.
  const rows = prepare && !f.q ? await prepared(query) : await query;
  const more = rows.length > f.limit;
  const items = rows.slice(0, f.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(({ dueKey: _d, createdKey: _c, ...row }) => ({
      ...row,
      dueState: dueState(row, now),
    })),
    nextCursor:
      more && last
        ? encodeCursor({
            s: f.sort,
            k: f.sort === "due" ? last.dueKey : last.createdKey,
            i: last.id,
          })
        : null,
  };
}

type ListRequest = SaisineFilters & { orgId?: string | undefined; mine?: boolean | undefined };

/** Which saisines a commune's list holds: all of them with `saisines.read`, else those filed for the caller. */
export function listScope(caller: Caller, input: Omit<ListRequest, "sort" | "limit">): SQL[] {
  const orgId = targetOrgId(caller, input.orgId);
  const where: SQL[] = [eq(saisines.orgId, orgId)];
  const own = ownSaisinesFilter(caller);
  if (own) where.push(own);
  else if (input.mine && caller.personId) where.push(eq(saisines.requesterId, caller.personId));
  return where;
}

/** A commune's saisines, a page at a time. */
export async function listSaisines(ctx: ServiceContext, input: ListRequest) {
  const where = listScope(ctx.caller, input);
  const now = ctx.now();
  return inTenant(ctx, (tx) => page(tx, where, input, now, true));
}

type CountRequest<T> = Omit<T, "sort" | "cursor" | "limit"> & { sort?: SortKey };

/** How many saisines a commune's list holds for these filters: the number its dashboard shows. */
export async function countSaisines(ctx: ServiceContext, input: CountRequest<ListRequest>) {
  const where = listScope(ctx.caller, input);
  const now = ctx.now();
  return inTenant(ctx, (tx) => countOf(tx, where, input, now));
}

type QueueRequest = QueueFilters;

function assertOperator(caller: Caller) {
  if (caller.org.kind !== "operator")
    throw new AppError("FORBIDDEN", "La file des saisines est celle du service commun.");
}

/** The operator's queue across its member communes. */
export async function queueSaisines(ctx: ServiceContext, input: QueueRequest) {
  assertOperator(ctx.caller);
  const now = ctx.now();
  for (const orgId of input.orgIds ?? []) assertVisibleOrg(ctx.caller, orgId);
  return inTenant(ctx, async (tx) =>
    page(tx, await queueScope(tx, ctx.caller, input), input, now, false),
  );
}

/** How many saisines the queue holds for these filters: the number a dashboard shows. */
export async function countQueue(ctx: ServiceContext, input: CountRequest<QueueRequest>) {
  assertOperator(ctx.caller);
  const now = ctx.now();
  for (const orgId of input.orgIds ?? []) assertVisibleOrg(ctx.caller, orgId);
  return inTenant(ctx, async (tx) =>
    countOf(tx, await queueScope(tx, ctx.caller, input), input, now),
  );
}

async function countOf(
  tx: Tx,
  where: SQL[],
  f: Omit<SaisineFilters, "sort" | "limit">,
  now: Date,
): Promise<{ count: number }> {
  const [row] = await tx
    .select({ count: count() })
    .from(saisines)
    .where(and(...where, ...filterConditions({ ...f, sort: "due", limit: 0 }, now)));
  return { count: row?.count ?? 0 };
}

/** Which saisines the queue holds: the operator's, narrowed to communes, a centre, an assignee. */
export async function queueScope(
  tx: Tx,
  caller: Caller,
  input: Omit<QueueFilters, "sort" | "limit">,
): Promise<SQL[]> {
  const where: SQL[] = [eq(saisines.operatorId, caller.org.id)];
  if (input.orgIds?.length) where.push(inArray(saisines.orgId, input.orgIds));
  if (input.proximityCentre) {
    const members = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.operatorId, caller.org.id),
          eq(organisations.proximityCentre, input.proximityCentre),
        ),
      );
    where.push(
      members.length
        ? inArray(
            saisines.orgId,
            members.map((m) => m.id),
          )
        : sql`false`,
    );
  }
  if (input.routedToProximityCentre !== undefined)
    where.push(eq(saisines.proximityCentre, input.routedToProximityCentre));
  const a = input.assignee;
  if (a?.kind === "person") where.push(eq(saisines.assigneePersonId, a.personId));
  if (a?.kind === "team") where.push(eq(saisines.assigneeTeamId, a.teamId));
  if (a?.kind === "unassigned")
    where.push(isNull(saisines.assigneePersonId), isNull(saisines.assigneeTeamId));
  if (a?.kind === "me") {
    const mine = caller.personId
      ? await tx
          .select({ teamId: teamMembers.teamId })
          .from(teamMembers)
          .where(eq(teamMembers.personId, caller.personId))
      : [];
    const clauses = [
      ...(caller.personId ? [eq(saisines.assigneePersonId, caller.personId)] : []),
      ...(mine.length
        ? [
            inArray(
              saisines.assigneeTeamId,
              mine.map((m) => m.teamId),
            ),
          ]
        : []),
    ];
    where.push(clauses.length ? (or(...clauses) ?? sql`false`) : sql`false`);
  }
  return where;
}
