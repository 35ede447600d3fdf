/** `pnpm start` / `pnpm dev` entry point. */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DataDirLockedError, migrationsFolder } from "@mutu/db";
import { runPrimary, workerRole } from "./cluster.ts";
import { ConfigError, type Env, loadEnv } from "./env.ts";
import { type ServerRole, startServer } from "./server.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// Bundled (dist/main.js) the migrations sit beside the bundle; from source, in @mutu/db.
const bundledMigrations = here("./drizzle");

const paths = {
  migrationsFolder: existsSync(bundledMigrations) ? bundledMigrations : migrationsFolder,
  communeDist: here("../../commune/dist"),
  adminDist: here("../../admin/dist"),
  // Written by the build beside the bundle; from source, a first start runs initdb.
  initialDataDir: here("./pgdata.tar.gz"),
};

try {
  const env = loadEnv();
  const role = workerRole(env);
  if (env.MUTU_WORKERS > 1 && !role) {
    await runPrimary(env, paths, console.log);
  } else {
    await serve(env, role);
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error("Démarrage impossible :", error instanceof Error ? error.message : error);
  }
  process.exit(1);
}

async function serve(env: Env, role: ServerRole | undefined) {
  const server = await startServer(env, paths, console.log, role);
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
