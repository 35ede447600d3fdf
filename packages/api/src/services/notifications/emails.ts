/**
 * Notifications' emails (system work, in the maintenance pass): each notification still to
 * decide is queued in the outbox if its recipient wants that kind by email (their choice, else
 * the default) and is still active, or marked as not sent. The link opens the saisine in the
 * recipient's own space.
 */
import { deliveriesOf, type NotificationDelivery, type NotificationKind } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, eq, inArray } from "drizzle-orm";

const { notificationOutbox, notificationPreferences, notifications, organisations, people } =
  schema;

/** The saisine's page in the recipient's space (the address is relative to mutu's). */
export const saisineLink = (side: "operator" | "commune", saisineId: string) =>
  `${side === "operator" ? "/admin" : ""}/saisines/saisine?id=${saisineId}`;

/** In a system transaction: queues the pending notifications' emails; returns how many. */
export async function queueNotificationEmails(tx: Tx, now: Date, limit = 500) {
  const pending = await tx
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      orgId: notifications.orgId,
      saisineId: notifications.saisineId,
      recipientId: notifications.recipientId,
      email: people.email,
      displayName: people.displayName,
      active: people.active,
      side: organisations.kind,
    })
    .from(notifications)
    .innerJoin(people, eq(people.id, notifications.recipientId))
    .innerJoin(organisations, eq(organisations.id, people.orgId))
    .where(eq(notifications.emailStatus, "pending"))
    .orderBy(asc(notifications.createdAt))
    .limit(limit)
    .for("update", { of: notifications, skipLocked: true });
  if (pending.length === 0) return 0;
  const chosen = await tx
    .select()
    .from(notificationPreferences)
    .where(
      inArray(notificationPreferences.personId, [...new Set(pending.map((p) => p.recipientId))]),
    );
  const choiceOf = (personId: string) =>
    deliveriesOf(
      Object.fromEntries(
        chosen.filter((c) => c.personId === personId).map((c) => [c.kind, c.delivery]),
      ) as Partial<Record<NotificationKind, NotificationDelivery>>,
    );
  const wanted = pending.filter((n) => n.active && choiceOf(n.recipientId)[n.kind] === "email");
  if (wanted.length)
    await tx.insert(notificationOutbox).values(
      wanted.map((n) => ({
        notificationId: n.id,
        orgId: n.orgId,
        toEmail: n.email,
        subject: `[mutu] ${n.title}`,
        body: `Bonjour ${n.displayName},\n\n${n.body}\n\nOuvrir la saisine : ${saisineLink(n.side === "operator" ? "operator" : "commune", n.saisineId)}\n`,
        nextAttemptAt: now,
        createdAt: now,
      })),
    );
  const queued = new Set(wanted.map((n) => n.id));
  const by = (ids: string[], emailStatus: "queued" | "none") =>
    ids.length
      ? tx
          .update(notifications)
          .set({ emailStatus })
          .where(and(inArray(notifications.id, ids), eq(notifications.emailStatus, "pending")))
      : null;
  await by([...queued], "queued");
  await by(
    pending.filter((n) => !queued.has(n.id)).map((n) => n.id),
    "none",
  );
  return wanted.length;
}
