/**
 * `pnpm saisines:maintenance`: one pass of the saisines' periodic work — SLA alerts, residents'
 * data anonymised after retention — for a cron or by hand (the server also runs it every minute).
 * No mail server is configured: emails stay in the outbox (pending).
 */
import { openDatabase } from "@mutu/db";
import { loadEnv } from "../env.ts";
import { runSaisineMaintenance } from "../services/saisines/maintenance/index.ts";

const env = loadEnv();
const database = await openDatabase(
  env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.MUTU_DATA_DIR },
);
try {
  const { alerts, residents } = await runSaisineMaintenance(database.db);
  console.log(
    `Alertes de délai : ${alerts.notifications} notification(s) pour ${alerts.saisines} saisine(s) examinée(s).`,
  );
  console.log(`Données d'usagers anonymisées : ${residents.anonymised} saisine(s).`);
} finally {
  await database.close();
}
