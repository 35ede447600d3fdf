/**
 * What leaves a saisine's transaction for others: the change feed other tools poll, in-app
 * notifications (SLA warnings at 75 % and at breach) and the email outbox that delivers them with
 * retries.
 *
 * The feed's cursor is (xid, seq): `xid` is the writing transaction's id. A poller only receives
 * rows of transactions older than every transaction still running (pg_snapshot_xmin), so a row
 * committed late with a smaller `seq` can never be skipped — which a bare sequence cannot promise.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, instant, refersTo } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";
import { saisines } from "./saisines.ts";

export const saisineChanges = pgTable(
  "saisine_changes",
  {
    seq: bigserial({ mode: "number" }).primaryKey(),
    xid: bigint({ mode: "number" }).notNull().default(sql`(pg_current_xact_id()::text)::bigint`),
    operatorId: refersTo(() => organisations.id),
    orgId: refersTo(() => organisations.id),
    saisineId: refersTo(() => saisines.id),
    at: instant().notNull(),
    kind: text().notNull(),
    /** Internal changes (internal comments) are not in a commune's feed. */
    visibility: text({ enum: ["public", "interne"] }).notNull(),
    rowVersion: integer().notNull(),
    status: text().notNull(),
  },
  (t) => [
    index("saisine_changes_operator_cursor").on(t.operatorId, t.xid, t.seq),
    index("saisine_changes_org_cursor").on(t.orgId, t.xid, t.seq),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    /** The saisine's commune (row-level security), and its operator. */
    orgId: refersTo(() => organisations.id),
    operatorId: refersTo(() => organisations.id),
    recipientId: refersTo(() => people.id),
    saisineId: refersTo(() => saisines.id),
    kind: text({ enum: ["sla-warning", "sla-breach"] }).notNull(),
    /** 'handling', 'resolution' (the contract clock) or 'ola' (the holder's internal clock). */
    milestone: text({ enum: ["handling", "resolution", "ola"] }).notNull(),
    /** One notification per recipient and alert (saisine, milestone, stage, holding). */
    alertKey: text().notNull(),
    dueAt: instant(),
    title: text().notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
    readAt: instant(),
  },
  (t) => [
    index("notifications_recipient").on(t.recipientId, t.createdAt),
    index("notifications_saisine").on(t.saisineId),
    // The same alert twice to one person is one alert.
    uniqueIndex("notifications_unique_alert").on(t.recipientId, t.alertKey),
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
