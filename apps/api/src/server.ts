/**
 * Starting mutu: validate configuration, open the database (PGlite unless DATABASE_URL), migrate,
 * seed the demo data on an empty database, then serve everything on one port.
 */
import { existsSync } from "node:fs";
import { serve } from "@hono/node-server";
import {
  dispatchOutbox,
  hashPassword,
  logUnexpected,
  purgeAuthRecords,
  queueMeetingInvitations,
  runReportReminders,
  runRgpdMaintenance,
  runSaisineMaintenance,
  seedDemoMeetings,
  seedDemoSaisines,
} from "@mutu/api";
import { type Database, openDatabase } from "@mutu/db";
import { DEMO_PASSWORD, seedDemo } from "@mutu/db/seed";
import type { Env } from "./env.ts";
import { createApp } from "./http/app.ts";
import type { SingleSignOnSettings } from "./http/single-sign-on.ts";
import { smtpEndpoint, smtpSenderFromEnv } from "./mail/smtp-sender.ts";

/** The single sign-on configured by MUTU_OIDC_*, if any (env.ts checks they come together). */
function singleSignOnSettings(env: Env): SingleSignOnSettings | undefined {
  if (!env.MUTU_OIDC_ISSUER || !env.MUTU_OIDC_CLIENT_ID || !env.MUTU_OIDC_CLIENT_SECRET)
    return undefined;
  return {
    issuer: env.MUTU_OIDC_ISSUER,
    clientId: env.MUTU_OIDC_CLIENT_ID,
    clientSecret: env.MUTU_OIDC_CLIENT_SECRET,
    scopes: env.MUTU_OIDC_SCOPES,
    label: env.MUTU_OIDC_LABEL,
    trustEmails: env.MUTU_OIDC_TRUST_EMAILS,
  };
}

export type Paths = {
  migrationsFolder: string;
  communeDist?: string;
  adminDist?: string;
  /** The build's freshly initialised embedded database (dist/pgdata.tar.gz), for a first start. */
  initialDataDir?: string;
};

/**
 * What one process does: all of it alone, or its share in a cluster (see cluster.ts) — the primary
 * prepares the database, and one worker leads: it runs the maintenance and prints the start lines.
 */
export type ServerRole = { prepare: boolean; lead: boolean };
const ALONE: ServerRole = { prepare: true, lead: true };

const open = (env: Env, paths: Paths) =>
  openDatabase(
    env.DATABASE_URL
      ? { databaseUrl: env.DATABASE_URL }
      : {
          dataDir: env.MUTU_DATA_DIR,
          ...(paths.initialDataDir ? { initialDataDir: paths.initialDataDir } : {}),
        },
  );

/** Migrate, then seed the demo data on an empty database. */
async function prepare(database: Database, env: Env, paths: Paths, log: (line: string) => void) {
  await database.migrate(paths.migrationsFolder);
  if (!env.MUTU_SEED_DEMO) return;
  const seeded = await seedDemo(database.db, hashPassword);
  if (seeded.seeded) {
    log(
      "Base vide : données de démonstration créées. Comptes (mot de passe commun « " +
        DEMO_PASSWORD +
        " ») :",
    );
    for (const a of seeded.accounts)
      log(`  ${a.email.padEnd(52)} ${a.org} — ${a.functions.join(", ")}`);
  }
  // Demo saisines go through the services: a flaw there must not stop mutu from starting.
  await seedDemoSaisines(database.db).catch((error: unknown) =>
    log(`Saisines de démonstration non créées : ${error instanceof Error ? error.message : error}`),
  );
  await seedDemoMeetings(database.db).catch((error: unknown) =>
    log(`Réunions de démonstration non créées : ${error instanceof Error ? error.message : error}`),
  );
}

/** A cluster's primary prepares the database once, before its workers start. */
export async function prepareDatabase(env: Env, paths: Paths, log: (line: string) => void) {
  const database = await open(env, paths);
  try {
    await prepare(database, env, paths, log);
  } finally {
    await database.close();
  }
}

export async function startServer(
  env: Env,
  paths: Paths,
  log: (line: string) => void = console.log,
  role: ServerRole = ALONE,
) {
  const database = await open(env, paths);
  try {
    if (role.prepare) await prepare(database, env, paths, log);
  } catch (error) {
    await database.close();
    throw error;
  }
  // SLA alerts, the email outbox, residents' data retention and the sign-in records' (90 days),
  // every minute. Without MUTU_SMTP_URL, emails wait in the outbox until a sender is configured.
  const emailSender = smtpSenderFromEnv(env);
  // In a cluster one worker maintains: the work is safe twice over (rows are claimed), but wasted.
  let maintaining = false;
  const maintenance = role.lead
    ? setInterval(() => {
        if (maintaining) return;
        maintaining = true;
        // Residents' purge dates follow each commune's RGPD retention period before the saisines'
        // pass anonymises what is due.
        runRgpdMaintenance(database.db)
          .catch((error: unknown) => logUnexpected("maintenance RGPD", error))
          .then(() => runSaisineMaintenance(database.db, { emailSender }))
          .catch((error: unknown) => logUnexpected("maintenance des saisines", error))
          // Reminders of the annual reports, queued in the outbox the next pass delivers.
          .then(() => runReportReminders(database.db, new Date()))
          .catch((error: unknown) => logUnexpected("rappels des rapports annuels", error))
          // Invitations of meetings planned, moved or cancelled, with their .ics.
          .then(() => queueMeetingInvitations(database.db, new Date(), publicUrl))
          .catch((error: unknown) => logUnexpected("invitations aux réunions", error))
          .then(() => purgeAuthRecords(database.db, new Date()))
          .catch((error: unknown) => logUnexpected("conservation des connexions", error))
          .finally(() => {
            maintaining = false;
          });
      }, 60_000)
    : undefined;
  maintenance?.unref();
  // Known once listening when MUTU_PUBLIC_URL is not set (PORT=0 picks any free port).
  let publicUrl = env.MUTU_PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`;
  const app = createApp({
    database,
    proxyTrust: env.MUTU_TRUST_PROXY,
    publicUrl: () => publicUrl,
    // A reset link waits for nobody: sent at once (rows are claimed, so the periodic pass may overlap).
    wakeOutbox: () => {
      if (emailSender)
        void dispatchOutbox(database.db, emailSender, new Date()).catch((error: unknown) =>
          logUnexpected("envoi des courriels", error),
        );
    },
    singleSignOn: singleSignOnSettings(env),
    communeDist: paths.communeDist && existsSync(paths.communeDist) ? paths.communeDist : undefined,
    adminDist: paths.adminDist && existsSync(paths.adminDist) ? paths.adminDist : undefined,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once("error", reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await database.close();
    if (error.code === "EADDRINUSE")
      throw new Error(`Le port ${env.PORT} est déjà utilisé : choisissez-en un autre avec PORT.`);
    throw error;
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  publicUrl = env.MUTU_PUBLIC_URL ?? `http://${env.HOST}:${port}`;
  if (role.lead) {
    const workers = env.MUTU_WORKERS > 1 ? `, ${env.MUTU_WORKERS} processus` : "";
    log(
      `mutu écoute sur http://${env.HOST}:${port} (base : ${database.kind === "pglite" ? `embarquée, ${env.MUTU_DATA_DIR}` : "PostgreSQL"}${workers})`,
    );
    log(
      env.MUTU_SMTP_URL
        ? `Courriels envoyés par ${smtpEndpoint(env.MUTU_SMTP_URL)} (expéditeur : ${env.MUTU_MAIL_FROM}).`
        : "Aucun serveur de courriel (MUTU_SMTP_URL) : les courriels restent en attente dans la file d'envoi.",
    );
  }
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
