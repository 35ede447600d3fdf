/**
 * Telling people what happened to a saisine, in the transaction that made it happen: the
 * domain's `notificationsFor` gives kinds and audiences, the database turns each audience into
 * people (`mutu_notification_audience`: a commune's transaction cannot read the shared service's
 * teams), the person who acted is left out, and one row per person and kind is written. Whether it
 * also goes by email is decided later, by system work that reads the person's choice and address.
 */
import {
  DECIDER_FUNCTIONS,
  dedupeRecipients,
  type NotificationAudience,
  type NotificationFacts,
  type NotificationKind,
  notificationsFor,
  notificationText,
  type SaisineHappening,
} from "@mutu/domain";
import { schema, selectRows, type Tx } from "@mutu/db";
import { sql } from "drizzle-orm";

const { notifications } = schema;

/** With nobody holding the saisine, its alerts go to the call centre's heads (as SLA alerts do). */
const UNHELD_FALLBACK = ["call-centre-head"];

const FUNCTIONS: Record<NotificationAudience, readonly string[]> = {
  holders: UNHELD_FALLBACK,
  requesters: [],
  "operator-deciders": DECIDER_FUNCTIONS.operator,
  "commune-deciders": DECIDER_FUNCTIONS.commune,
};

export type NotifiedSaisine = {
  id: string;
  orgId: string;
  operatorId: string;
  reference: string;
  title: string;
};

export type NotifyActor = { personId: string | null; label: string };

async function audience(tx: Tx, saisineId: string, audience: NotificationAudience) {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`select mutu_notification_audience(${saisineId}::uuid, ${audience}, ${sql.raw(
      `'{${FUNCTIONS[audience].join(",")}}'::text[]`,
    )}) as id`,
  );
  return rows.map((r) => r.id);
}

/** Writes the notifications `happenings` give for `saisine`; returns how many. */
export async function notify(
  tx: Tx,
  saisine: NotifiedSaisine,
  actor: NotifyActor,
  happenings: readonly SaisineHappening[],
  facts: Omit<NotificationFacts, "reference" | "title" | "actorLabel">,
  now: Date,
): Promise<number> {
  const plans = happenings.flatMap(notificationsFor);
  if (plans.length === 0) return 0;
  const people = await Promise.all(plans.map((p) => audience(tx, saisine.id, p.audience)));
  const planned = dedupeRecipients(
    plans.flatMap((plan, i) =>
      (people[i] ?? []).map((personId) => ({ kind: plan.kind, personId })),
    ),
    actor.personId,
  );
  if (planned.length === 0) return 0;
  const stamp = now.toISOString();
  const text = (kind: NotificationKind) =>
    notificationText(kind as Exclude<NotificationKind, "sla-warning" | "sla-breach">, {
      reference: saisine.reference,
      title: saisine.title,
      actorLabel: actor.label,
      ...facts,
    });
  // No RETURNING: the rows are other people's, which the acting person may write but not read.
  await tx
    .insert(notifications)
    .values(
      planned.map(({ kind, personId }) => ({
        orgId: saisine.orgId,
        operatorId: saisine.operatorId,
        recipientId: personId,
        saisineId: saisine.id,
        kind,
        alertKey: `${kind}:${saisine.id}:${stamp}`,
        actorLabel: actor.label,
        ...text(kind),
        createdAt: now,
      })),
    )
    .onConflictDoNothing();
  return planned.length;
}
