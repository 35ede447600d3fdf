/**
 * Starting mutu: validate configuration, open the database (PGlite unless DATABASE_URL), migrate,
 * seed the demo data on an empty database, then serve everything on one port.
 */
import { existsSync } from "node:fs";
import { serve } from "@hono/node-server";
import { openDatabase } from "@mutu/db";
import { DEMO_PASSWORD, seedDemo } from "@mutu/db/seed";
import { hashPassword } from "./auth/passwords.ts";
import type { Env } from "./env.ts";
import { createApp } from "./http/app.ts";
import { seedDemoSaisines } from "./services/saisines/demo.ts";
import { runSaisineMaintenance } from "./services/saisines/maintenance/index.ts";

export type Paths = { migrationsFolder: string; communeDist?: string; adminDist?: string };

export async function startServer(
  env: Env,
  paths: Paths,
  log: (line: string) => void = console.log,
) {
  const database = await openDatabase(
    env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.MUTU_DATA_DIR },
  );
  try {
    await database.migrate(paths.migrationsFolder);
    if (env.MUTU_SEED_DEMO) {
      const seeded = await seedDemo(database.db, hashPassword);
      if (seeded.seeded) {
        log(
          "Base vide : données de démonstration créées. Comptes (mot de passe commun « " +
            DEMO_PASSWORD +
            " ») :",
        );
        for (const a of seeded.accounts)
          log(`  ${a.email.padEnd(52)} ${a.org} — ${a.functions.join(", ")}`);
      }
    }
    if (env.MUTU_SEED_DEMO) {
      // Demo saisines go through the services: a flaw there must not stop mutu from starting.
      await seedDemoSaisines(database.db).catch((error: unknown) =>
        log(
          `Saisines de démonstration non créées : ${error instanceof Error ? error.message : error}`,
        ),
      );
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  // SLA alerts and residents' data retention, every minute. No mail server is configured here:
  // emails wait in the outbox (notification_outbox) until a sender is.
  let maintaining = false;
  const maintenance = setInterval(() => {
    if (maintaining) return;
    maintaining = true;
    runSaisineMaintenance(database.db)
      .catch((error: unknown) => console.error("maintenance des saisines", error))
      .finally(() => {
        maintaining = false;
      });
  }, 60_000);
  maintenance.unref();
  const app = createApp({
    database,
    trustProxy: env.MUTU_TRUST_PROXY,
    communeDist: paths.communeDist && existsSync(paths.communeDist) ? paths.communeDist : undefined,
    adminDist: paths.adminDist && existsSync(paths.adminDist) ? paths.adminDist : undefined,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once("error", reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await database.close();
    if (error.code === "EADDRINUSE")
      throw new Error(`Le port ${env.PORT} est déjà utilisé : choisissez-en un autre avec PORT.`);
    throw error;
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  log(
    `mutu écoute sur http://${env.HOST}:${port} (base : ${database.kind === "pglite" ? `embarquée, ${env.MUTU_DATA_DIR}` : "PostgreSQL"})`,
  );
  return {
    app,
    database,
    port,
    async stop() {
      clearInterval(maintenance);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
