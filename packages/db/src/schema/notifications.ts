/**
 * Notifications to people: in-app (the inbox and its unread count) and by email through an outbox
 * that delivers them with retries. A notification is about a saisine: assigned, waiting for the
 * commune, 75 % of a deadline or past it, resolved, a public comment, a decision expected. Each
 * person chooses, kind by kind, whether it also comes by email (`notification_preferences`).
 *
 * In-app notifications are written in the transaction of what caused them; their emails are
 * queued by system work (the maintenance pass), which alone reads addresses and writes the
 * outbox.
 */
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS } from "@mutu/domain";
import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, instant, oneOf, refersTo } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";
import { saisines } from "./saisines.ts";

/** Whether a notification's email is still to be decided (the person's choice), queued or not sent. */
const EMAIL_STATES = ["pending", "queued", "none"] as const;

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    /** The saisine's commune (row-level security), and its operator. */
    ...orgAndOperator(),
    recipientId: refersTo(() => people.id),
    saisineId: refersTo(() => saisines.id),
    kind: text({ enum: NOTIFICATION_KINDS }).notNull(),
    /** SLA alerts: 'handling', 'resolution' (the contract clock) or 'ola' (the holder's clock). */
    milestone: text({ enum: ["handling", "resolution", "ola"] }),
    /** One notification per recipient and cause (an alert, a change of the saisine). */
    alertKey: text().notNull(),
    dueAt: instant(),
    title: text().notNull(),
    body: text().notNull(),
    /** Who caused it (« Julien Girard »), null for the SLA watcher. */
    actorLabel: text(),
    emailStatus: text({ enum: EMAIL_STATES }).notNull().default("pending"),
    createdAt: createdAt(),
    readAt: instant(),
  },
  (t) => [
    index("notifications_recipient").on(t.recipientId, t.createdAt),
    // The unread count in every page's header: read from this index alone.
    index("notifications_recipient_unread").on(t.recipientId).where(sql`read_at is null`),
    index("notifications_saisine").on(t.saisineId),
    index("notifications_email_pending").on(t.createdAt).where(sql`email_status = 'pending'`),
    // The same cause twice to one person is one notification.
    uniqueIndex("notifications_unique_alert").on(t.recipientId, t.alertKey),
    check("notifications_known_kind", oneOf(t.kind, NOTIFICATION_KINDS)),
    check("notifications_known_email_status", oneOf(t.emailStatus, EMAIL_STATES)),
  ],
);

/** A person's choice, kind by kind: in the app only, or by email too (absent: the default). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    personId: refersTo(() => people.id),
    /** The person's organisation (row-level security). */
    orgId: refersTo(() => organisations.id),
    kind: text({ enum: NOTIFICATION_KINDS }).notNull(),
    delivery: text({ enum: NOTIFICATION_DELIVERIES }).notNull(),
    updatedAt: instant().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.kind] }),
    check("notification_preferences_known_kind", oneOf(t.kind, NOTIFICATION_KINDS)),
    check("notification_preferences_known_delivery", oneOf(t.delivery, NOTIFICATION_DELIVERIES)),
  ],
);

/** Emails waiting to leave, retried with backoff; system work only (the dispatcher). */
export const notificationOutbox = pgTable(
  "notification_outbox",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    notificationId: uuid().references(() => notifications.id),
    orgId: refersTo(() => organisations.id),
    toEmail: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    /** An iCalendar invitation sent with the message (a meeting's REQUEST or CANCEL). */
    calendar: jsonb().$type<{ method: "REQUEST" | "CANCEL"; filename: string; content: string }>(),
    status: text({ enum: ["pending", "sent", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: instant().notNull(),
    lastError: text(),
    createdAt: createdAt(),
    sentAt: instant(),
  },
  (t) => [index("notification_outbox_due").on(t.nextAttemptAt).where(sql`status = 'pending'`)],
);
