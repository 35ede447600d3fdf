/**
 * `pnpm saisines:maintenance`: one pass of the saisines' periodic work — SLA alerts, the email
 * outbox (sent over MUTU_SMTP_URL when set, else left pending), residents' data anonymised after
 * retention — for a cron or by hand (the server also runs it every minute).
 */
import { runSaisineMaintenance } from "@mutu/api";
import { openDatabase } from "@mutu/db";
import { loadEnv } from "../env.ts";
import { smtpSenderFromEnv } from "../mail/smtp-sender.ts";

const env = loadEnv();
const database = await openDatabase(
  env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.MUTU_DATA_DIR },
);
try {
  const emailSender = smtpSenderFromEnv(env);
  const { alerts, emails, residents } = await runSaisineMaintenance(database.db, { emailSender });
  console.log(
    `Alertes de délai : ${alerts.notifications} notification(s) pour ${alerts.saisines} saisine(s) examinée(s).`,
  );
  console.log(
    emailSender
      ? `Courriels : ${emails.sent} envoyé(s), ${emails.failed} en échec.`
      : "Courriels : aucun serveur (MUTU_SMTP_URL), ils restent en attente.",
  );
  console.log(`Données d'usagers anonymisées : ${residents.anonymised} saisine(s).`);
} finally {
  await database.close();
}
