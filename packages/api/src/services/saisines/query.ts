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
  parseQueueSort,
  type QueueSortText,
  SAISINE_REFERENCE_PATTERN,
} from "@mutu/domain";
import { planForEachValue, schema, type Tx } from "@mutu/db";
import { and, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { ownSaisinesFilter } from "./access.ts";
import { type DrillDownFilters, drillDownConditions } from "./drill-down.ts";
import { encodeCursor, pageOrder, sortKeyText } from "./page-order.ts";
import { assertQueueCaller, queueScope, type QueueScopeFilters } from "./queue-scope.ts";
import { prepared } from "./prepared.ts";

const { organisations, saisines } = schema;

export type SaisineFilters = DrillDownFilters & {
  statuses?: SaisineStatus[] | undefined;
  subDomains?: SubDomainLetter[] | undefined;
  natures?: SaisineNature[] | undefined;
  types?: SaisineType[] | undefined;
  criticalities?: SaisineCriticality[] | undefined;
  due?: "soon" | "breached" | undefined;
  needsQualification?: boolean | undefined;
  q?: string | undefined;
  sort: QueueSortText;
  cursor?: string | undefined;
  limit: number;
};

export type QueueFilters = SaisineFilters & QueueScopeFilters;

export const OPEN_STATUSES = SAISINE_STATUSES.filter((s) => !FINAL_SAISINE_STATUSES.includes(s));

/** The conditions of the filters (the status ones unless `statuses` is false). */
export function filterConditions(
  f: Omit<SaisineFilters, "sort" | "limit">,
  now: Date,
  statuses = true,
): SQL[] {
  const where: SQL[] = [];
  // Open saisines only, closed ones only, or both: said in terms of `is_open`, so that the planner
  // picks the partial indexes made for each (the queue's, the search's two halves).
  let open: boolean | "both" = "both";
  if (!statuses) {
    // Counted apart, per status.
  } else if (!f.statuses?.length) open = true;
  else {
    where.push(inArray(saisines.status, f.statuses));
    if (f.statuses.every((s) => OPEN_STATUSES.includes(s))) open = true;
    else if (f.statuses.every((s) => !OPEN_STATUSES.includes(s))) open = false;
  }
  if (open !== "both") where.push(eq(saisines.isOpen, open));
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
    else {
      where.push(sql`${saisines.search} @@ websearch_to_tsquery('french', ${q})`);
      // The search index has two halves, open and closed saisines (docs/adr/0040): across both,
      // this lets the planner read each half for its arm and OR the two.
      if (open === "both") where.push(sql`(${saisines.isOpen} or not ${saisines.isOpen})`);
    }
  }
  where.push(...drillDownConditions(f, now));
  return where;
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
  resolvedAt: saisines.resolvedAt,
  exceptionAccepted: saisines.exceptionAccepted,
  filedByLabel: saisines.filedByLabel,
  requesterLabel: saisines.requesterLabel,
  onBehalfOfResident: sql<boolean>`${saisines.onBehalfOf} is not null`,
  createdAt: saisines.createdAt,
  updatedAt: saisines.updatedAt,
  version: saisines.rowVersion,
};

export async function page(tx: Tx, where: SQL[], f: SaisineFilters, now: Date, prepare: boolean) {
  const sort = parseQueueSort(f.sort);
  const { order, after } = pageOrder(sort, f.cursor);
  const query = tx
    .select({ ...listColumns, sortKey: sortKeyText(sort.key) })
    .from(saisines)
    .innerJoin(organisations, eq(organisations.id, saisines.orgId))
    .where(and(...where, ...filterConditions(f, now), ...(after ? [after] : [])))
    .orderBy(...order)
    .limit(f.limit + 1);
  // A commune's list has few shapes and one good plan; the queue's depends on the words searched
  // and the communes asked: planned for them at each call.
  if (!prepare || f.q) planForEachValue(tx);
  const rows = await prepared(query);
  const more = rows.length > f.limit;
  const items = rows.slice(0, f.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(({ sortKey: _k, ...row }) => ({ ...row, dueState: dueState(row, now) })),
    nextCursor: more && last ? encodeCursor(sort, last.sortKey, last.id) : null,
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

type CountRequest<T> = Omit<T, "sort" | "cursor" | "limit">;

/** How many saisines a commune's list holds for these filters: the number its dashboard shows. */
export async function countSaisines(ctx: ServiceContext, input: CountRequest<ListRequest>) {
  const where = listScope(ctx.caller, input);
  const now = ctx.now();
  return inTenant(ctx, (tx) => countOf(tx, where, input, now));
}

/** The operator's queue across its member communes. */
export async function queueSaisines(ctx: ServiceContext, input: QueueFilters) {
  assertQueueCaller(ctx);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const scope = await queueScope(tx, ctx, input);
    return page(tx, scope.where, input, now, false);
  });
}

/** How many saisines the queue holds for these filters: the number a dashboard shows. */
export async function countQueue(ctx: ServiceContext, input: CountRequest<QueueFilters>) {
  assertQueueCaller(ctx);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const scope = await queueScope(tx, ctx, input);
    return countOf(tx, scope.where, input, now);
  });
}

async function countOf(
  tx: Tx,
  where: SQL[],
  f: Omit<SaisineFilters, "sort" | "limit">,
  now: Date,
): Promise<{ count: number }> {
  planForEachValue(tx);
  const [row] = await tx
    .select({ count: count() })
    .from(saisines)
    .where(and(...where, ...filterConditions(f, now)));
  return { count: row?.count ?? 0 };
}
