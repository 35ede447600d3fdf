/**
 * The SLA watcher (system work, run every minute by the server or by `saisines:maintenance`):
 * saisines whose `alert_at` has come are measured again; each milestone that reached 75 % or its
 * target notifies the assignee and their manager — in-app, and by email through the outbox if they
 * wish — once.
 * Bookkeeping only: the saisine's version is not bumped, so nobody's edit conflicts with it.
 */
import { type MutuDb, schema, type Tx, withSystem } from "@mutu/db";
import { and, asc, eq, inArray, isNotNull, lte } from "drizzle-orm";
import type { SaisineRow } from "../access.ts";
import { assignmentTargets, loadClockEvents, measureClock } from "../clock.ts";
import { auditSaisine, SYSTEM_ACTOR } from "../history.ts";
import { saisineColumns } from "../access.ts";
import { type Milestone, nextAlertAt } from "@mutu/domain";
import { functionCoded, functionHolders } from "../../people/function-holders.ts";
import { queueNotificationEmails } from "../../notifications/emails.ts";

const { functions, notifications, people, saisines, teamMembers, teams } = schema;

type Recipient = { id: string; email: string; displayName: string };

const MILESTONE_LABELS: Record<Milestone["milestone"], string> = {
  handling: "délai de prise en compte",
  resolution: "délai de résolution",
  ola: "délai interne de l'équipe",
};

const dateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  dateStyle: "full",
  timeStyle: "short",
});

/** The holder and their manager; nobody holds it: the call centre's heads. */
export async function recipientsFor(tx: Tx, row: SaisineRow): Promise<Recipient[]> {
  const ids = new Set<string>();
  if (row.assigneePersonId) {
    ids.add(row.assigneePersonId);
    const managers = await tx
      .select({ managerId: teams.managerId })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .where(and(eq(teamMembers.personId, row.assigneePersonId), isNotNull(teams.managerId)));
    for (const m of managers) if (m.managerId) ids.add(m.managerId);
  } else if (row.assigneeTeamId) {
    const [team] = await tx.select().from(teams).where(eq(teams.id, row.assigneeTeamId));
    if (team?.managerId) ids.add(team.managerId);
    const members = await tx
      .select({ personId: teamMembers.personId })
      .from(teamMembers)
      .where(eq(teamMembers.teamId, row.assigneeTeamId));
    for (const m of members) ids.add(m.personId);
  } else {
    const heads = await functionHolders(
      tx,
      row.operatorId,
      and(functionCoded("call-centre-head"), eq(functions.operatorId, row.operatorId)),
    );
    for (const h of heads) ids.add(h.id);
  }
  if (ids.size === 0) return [];
  return tx
    .select({ id: people.id, email: people.email, displayName: people.displayName })
    .from(people)
    .where(and(inArray(people.id, [...ids]), eq(people.active, true)))
    .orderBy(asc(people.email));
}

function message(row: SaisineRow, m: Milestone, stage: "warning" | "breach") {
  const what = MILESTONE_LABELS[m.milestone];
  const title =
    stage === "breach"
      ? `${row.reference} : ${what} dépassé`
      : `${row.reference} : 75 % du ${what} atteint`;
  const due = m.dueAt ? dateTime.format(m.dueAt) : "inconnue";
  const body =
    stage === "breach"
      ? `La saisine ${row.reference} (« ${row.title} ») a dépassé son ${what} (échéance : ${due}). Titulaire : ${row.assigneeLabel ?? "non attribuée"}.`
      : `La saisine ${row.reference} (« ${row.title} ») a consommé 75 % de son ${what} : échéance ${due}. Titulaire : ${row.assigneeLabel ?? "non attribuée"}.`;
  return { title, body };
}

export async function runSlaWatch(db: MutuDb, now: Date, limit = 200) {
  return withSystem(db, async (tx) => {
    const due = await tx
      .select(saisineColumns)
      .from(saisines)
      .where(and(lte(saisines.alertAt, now), eq(saisines.isOpen, true)))
      .orderBy(asc(saisines.alertAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    let sent = 0;
    for (const row of due) {
      const measured = await measureClock(
        tx,
        row,
        await loadClockEvents(tx, row.id),
        await assignmentTargets(tx, row.id),
        now,
      );
      const done = new Set(row.alertsSent);
      const alerted: string[] = [];
      let recipients: Recipient[] | null = null;
      for (const m of measured.milestones) {
        const stage = m.breached ? "breach" : m.warning ? "warning" : null;
        if (!stage || done.has(`${m.key}:${stage}`) || done.has(`${m.key}:breach`)) continue;
        recipients ??= await recipientsFor(tx, row);
        const { title, body } = message(row, m, stage);
        const alertKey = `${row.id}:${m.key}:${stage}`;
        for (const r of recipients) {
          // The email follows the person's choice, queued below with every pending one.
          const [created] = await tx
            .insert(notifications)
            .values({
              orgId: row.orgId,
              operatorId: row.operatorId,
              recipientId: r.id,
              saisineId: row.id,
              kind: stage === "breach" ? "sla-breach" : "sla-warning",
              milestone: m.milestone,
              alertKey,
              dueAt: m.dueAt,
              title,
              body,
              createdAt: now,
            })
            .onConflictDoNothing()
            .returning({ id: notifications.id });
          if (created) sent++;
        }
        done.add(`${m.key}:${stage}`);
        if (stage === "breach") done.add(`${m.key}:warning`);
        alerted.push(`${m.key}:${stage}`);
      }
      const alertsSent = [...done];
      await tx
        .update(saisines)
        .set({ alertsSent, alertAt: nextAlertAt(measured.milestones, alertsSent) })
        .where(eq(saisines.id, row.id));
      if (alerted.length)
        await auditSaisine(tx, SYSTEM_ACTOR, row, "saisine.sla-alert", null, {
          alerts: alerted,
          recipients: recipients?.map((r) => r.id) ?? [],
        });
    }
    await queueNotificationEmails(tx, now);
    return { saisines: due.length, notifications: sent };
  });
}
