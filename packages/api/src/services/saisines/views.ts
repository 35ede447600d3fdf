/**
 * The queue's saved views: the built-in ones every agent has, the agent's own and those shared
 * with the whole shared service. A view is read back against today's world — its communes,
 * centres de proximité, teams and staff — and what no longer exists is dropped and named, so the
 * page opens with the rest and a notice.
 */
import {
  BUILT_IN_QUEUE_VIEWS,
  type QueueWorld,
  type SaveQueueViewInput,
  sanitizeQueueFilters,
  sortFrench,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, eq, isNull, or } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertQueueCaller } from "./queue-scope.ts";
import { auditChange, createRecord } from "../audit/caller-change.ts";

const { organisations, people, saisineViews, teams } = schema;

async function worldOf(tx: Tx, ctx: ServiceContext): Promise<QueueWorld> {
  const operatorId = ctx.caller.org.id;
  const [members, teamRows, staff] = await Promise.all([
    tx
      .select({ id: organisations.id, centre: organisations.proximityCentre })
      .from(organisations)
      .where(eq(organisations.operatorId, operatorId)),
    tx.select({ id: teams.id }).from(teams).where(eq(teams.operatorId, operatorId)),
    tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, operatorId), eq(people.active, true))),
  ]);
  return {
    communeIds: new Set(members.map((m) => m.id)),
    centres: new Set(members.flatMap((m) => (m.centre ? [m.centre] : []))),
    assignees: new Set([
      ...teamRows.map((t) => `team:${t.id}`),
      ...staff.map((p) => `person:${p.id}`),
    ]),
  };
}

export async function listViews(ctx: ServiceContext) {
  assertQueueCaller(ctx);
  const personId = ctx.caller.personId;
  return inTenant(ctx, async (tx) => {
    const world = await worldOf(tx, ctx);
    const rows = await tx
      .select()
      .from(saisineViews)
      .where(
        and(
          eq(saisineViews.orgId, ctx.caller.org.id),
          personId
            ? or(isNull(saisineViews.ownerId), eq(saisineViews.ownerId, personId))
            : isNull(saisineViews.ownerId),
        ),
      );
    return {
      builtIn: BUILT_IN_QUEUE_VIEWS.map((v) => ({ id: v.id, name: v.name, filters: v.filters })),
      views: sortFrench(rows, (r) => r.name).map((r) => {
        const { filters, dropped } = sanitizeQueueFilters(r.filters, world);
        return {
          id: r.id,
          name: r.name,
          shared: r.ownerId === null,
          mine: r.createdById === personId,
          createdByLabel: r.createdByLabel,
          filters,
          dropped,
          updatedAt: r.updatedAt,
        };
      }),
    };
  });
}

function personOf(ctx: ServiceContext) {
  const personId = ctx.caller.personId;
  if (!personId)
    throw new AppError(
      "BAD_REQUEST",
      "Une vue enregistrée est celle d'une personne, pas d'un jeton.",
    );
  return personId;
}

export async function saveView(ctx: ServiceContext, input: SaveQueueViewInput) {
  assertQueueCaller(ctx);
  const personId = personOf(ctx);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const { filters } = sanitizeQueueFilters(input.filters, await worldOf(tx, ctx));
    const ownerId = input.shared ? null : personId;
    const [taken] = await tx
      .select({ id: saisineViews.id })
      .from(saisineViews)
      .where(
        and(
          eq(saisineViews.orgId, ctx.caller.org.id),
          ownerId ? eq(saisineViews.ownerId, ownerId) : isNull(saisineViews.ownerId),
          eq(saisineViews.name, input.name),
        ),
      );
    if (taken)
      throw new AppError("CONFLICT", "Une vue porte déjà ce nom : choisissez-en un autre.", {
        name: [
          input.shared
            ? "Une vue partagée porte déjà ce nom."
            : "Une de vos vues porte déjà ce nom.",
        ],
      });
    const orgId = ctx.caller.org.id;
    const created = await createRecord(
      tx,
      ctx,
      saisineViews,
      { orgId, entity: "saisine-view" },
      {
        orgId,
        ownerId,
        name: input.name,
        filters,
        createdById: personId,
        createdByLabel: ctx.caller.label,
        createdAt: now,
        updatedAt: now,
      },
      { action: "saisine-view.create", after: { name: input.name, shared: input.shared, filters } },
    );
    return { id: created.id, filters };
  });
}

/** A view is removed by whoever made it (a shared one too: the others keep theirs). */
export async function deleteView(ctx: ServiceContext, input: { viewId: string }) {
  assertQueueCaller(ctx);
  const personId = personOf(ctx);
  return inTenant(ctx, async (tx) => {
    const [view] = await tx.select().from(saisineViews).where(eq(saisineViews.id, input.viewId));
    if (!view) throw notFound("Vue");
    if (view.createdById !== personId)
      throw new AppError(
        "FORBIDDEN",
        `Seule la personne qui a enregistré la vue « ${view.name} » peut la supprimer (${view.createdByLabel}).`,
      );
    await tx.delete(saisineViews).where(eq(saisineViews.id, view.id));
    await auditChange(tx, ctx, {
      orgId: ctx.caller.org.id,
      action: "saisine-view.delete",
      entity: "saisine-view",
      entityId: view.id,
      before: { name: view.name, shared: view.ownerId === null, filters: view.filters },
      after: null,
    });
    return { ok: true as const };
  });
}
