/**
 * Each person's choices, kind by kind: in the app only, or by email too. Only the kinds of their
 * side are offered (a commune agent is never assigned a saisine); a kind left at its default has
 * no row, so a better default later reaches everyone who did not choose.
 */
import {
  DEFAULT_DELIVERY,
  deliveriesOf,
  NOTIFICATION_KIND_SIDES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
  type NotificationPreferencesInput,
} from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { sideOf } from "../saisines/access.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { auditChange } from "../audit/caller-change.ts";

const { notificationPreferences } = schema;

function personOf(ctx: ServiceContext) {
  const personId = ctx.caller.personId;
  if (!personId)
    throw new AppError(
      "BAD_REQUEST",
      "Les notifications sont celles d'une personne, pas d'un jeton.",
    );
  return personId;
}

const kindsFor = (ctx: ServiceContext) =>
  NOTIFICATION_KINDS.filter((kind) => NOTIFICATION_KIND_SIDES[kind].includes(sideOf(ctx.caller)));

export async function preferences(ctx: ServiceContext) {
  const personId = personOf(ctx);
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.personId, personId));
    const chosen = Object.fromEntries(rows.map((r) => [r.kind, r.delivery])) as Partial<
      Record<NotificationKind, NotificationDelivery>
    >;
    const deliveries = deliveriesOf(chosen);
    return {
      kinds: kindsFor(ctx).map((kind) => ({
        kind,
        delivery: deliveries[kind],
        chosen: chosen[kind] !== undefined,
      })),
    };
  });
}

export async function setPreferences(ctx: ServiceContext, input: NotificationPreferencesInput) {
  const personId = personOf(ctx);
  const offered = kindsFor(ctx);
  const entries = Object.entries(input.deliveries) as [NotificationKind, NotificationDelivery][];
  const foreign = entries.filter(([kind]) => !offered.includes(kind));
  if (foreign.length)
    throw new AppError("BAD_REQUEST", "Ces notifications ne vous concernent pas.", {
      deliveries: foreign.map(([kind]) => `Notification « ${kind} » non proposée.`),
    });
  const now = ctx.now();
  await inTenant(ctx, async (tx) => {
    const back = entries.filter(([kind, delivery]) => delivery === DEFAULT_DELIVERY[kind]);
    const changed = entries.filter(([kind, delivery]) => delivery !== DEFAULT_DELIVERY[kind]);
    if (back.length)
      await tx.delete(notificationPreferences).where(
        and(
          eq(notificationPreferences.personId, personId),
          inArray(
            notificationPreferences.kind,
            back.map(([kind]) => kind),
          ),
        ),
      );
    if (changed.length)
      await tx
        .insert(notificationPreferences)
        .values(
          changed.map(([kind, delivery]) => ({
            personId,
            orgId: ctx.caller.org.id,
            kind,
            delivery,
            updatedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: [notificationPreferences.personId, notificationPreferences.kind],
          set: { delivery: sql`excluded.delivery`, updatedAt: now },
        });
    await auditChange(tx, ctx, {
      orgId: ctx.caller.org.id,
      action: "notifications.preferences",
      entity: "person",
      entityId: personId,
      before: null,
      after: Object.fromEntries(entries),
    });
  });
  return preferences(ctx);
}
