/** The caller's in-app notifications (SLA warnings and breaches), newest first, and marking them read. */
import { schema } from "@mutu/db";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { inTenant, type ServiceContext } from "../tenant.ts";

const { notifications, saisines } = schema;

export async function listNotifications(
  ctx: ServiceContext,
  input: { unreadOnly: boolean; limit: number },
) {
  const personId = ctx.caller.personId;
  if (!personId) return { unread: 0, items: [] };
  return inTenant(ctx, async (tx) => {
    const mine = eq(notifications.recipientId, personId);
    const items = await tx
      .select({
        id: notifications.id,
        kind: notifications.kind,
        milestone: notifications.milestone,
        saisineId: notifications.saisineId,
        reference: saisines.reference,
        saisineTitle: saisines.title,
        title: notifications.title,
        body: notifications.body,
        dueAt: notifications.dueAt,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .innerJoin(saisines, eq(saisines.id, notifications.saisineId))
      .where(and(mine, input.unreadOnly ? isNull(notifications.readAt) : undefined))
      .orderBy(desc(notifications.createdAt))
      .limit(input.limit);
    const [unread] = await tx
      .select({ n: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt)));
    return { unread: unread?.n ?? 0, items };
  });
}

export async function markNotificationsRead(ctx: ServiceContext, input: { ids: string[] }) {
  const personId = ctx.caller.personId;
  if (!personId || input.ids.length === 0) return { updated: 0 };
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: now })
      .where(
        and(
          eq(notifications.recipientId, personId),
          inArray(notifications.id, input.ids),
          isNull(notifications.readAt),
        ),
      )
      .returning({ id: notifications.id });
    return { updated: rows.length };
  });
}
