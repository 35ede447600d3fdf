/**
 * The reminders emailed before 31 March (periodic system work, with the saisines' maintenance):
 * for each member whose report of last year is not sent, each stage (from 1 March, from 24 March,
 * overdue) is mailed once to the operator's people who manage contracts, through the outbox.
 */
import { frenchDate, parisToday, reportReminder } from "@mutu/domain";
import { type MutuDb, schema, withSystem } from "@mutu/db";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { functionGranting, functionHolders } from "../people/function-holders.ts";

const { annualReportReminders, annualReports, notificationOutbox, organisations } = schema;

export async function runReportReminders(db: MutuDb, now: Date): Promise<number> {
  const today = parisToday(now);
  const year = Number(today.slice(0, 4)) - 1;
  return withSystem(db, async (tx) => {
    const communes = await tx
      .select({
        id: organisations.id,
        name: organisations.name,
        operatorId: organisations.operatorId,
      })
      .from(organisations)
      .where(and(eq(organisations.kind, "commune"), isNotNull(organisations.operatorId)))
      .orderBy(asc(organisations.name));
    const statuses = new Map(
      (
        await tx
          .select({ orgId: annualReports.orgId, status: annualReports.status })
          .from(annualReports)
          .where(eq(annualReports.year, year))
      ).map((r) => [r.orgId, r.status]),
    );
    let queued = 0;
    for (const commune of communes) {
      const reminder = reportReminder(year, statuses.get(commune.id) ?? null, today);
      if (!reminder || !commune.operatorId) continue;
      const [first] = await tx
        .insert(annualReportReminders)
        .values({ orgId: commune.id, operatorId: commune.operatorId, year, stage: reminder.stage })
        .onConflictDoNothing()
        .returning({ id: annualReportReminders.id });
      if (!first) continue;
      const managers = await functionHolders(
        tx,
        commune.operatorId,
        functionGranting("contracts.manage"),
      );
      // One email a person, whatever the number of their functions that grant it.
      for (const email of new Set(managers.map((m) => m.email))) {
        await tx.insert(notificationOutbox).values({
          orgId: commune.id,
          toEmail: email,
          subject:
            reminder.stage === "overdue"
              ? `Rapport annuel ${year} de ${commune.name} : en retard`
              : `Rapport annuel ${year} de ${commune.name} : à envoyer avant le ${frenchDate(reminder.deadline)}`,
          body: `Bonjour,\n\n${reminder.text}\nCommune : ${commune.name}.\n\nLe rapport se prépare dans mutu, rubrique « Rapports annuels » : généré à partir des données, relu par la commune, validé puis envoyé.\n\nCe message est envoyé automatiquement par mutu.`,
          nextAttemptAt: now,
        });
        queued++;
      }
    }
    return queued;
  });
}
