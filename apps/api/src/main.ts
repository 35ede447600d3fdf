/** `pnpm start` / `pnpm dev` entry point. */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DataDirLockedError, migrationsFolder } from "@mutu/db";
import { ConfigError, loadEnv } from "./env.ts";
import { startServer } from "./server.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// Bundled (dist/main.js) the migrations sit beside the bundle; from source, in @mutu/db.
const bundledMigrations = here("./drizzle");

try {
  const env = loadEnv();
  const server = await startServer(env, {
    migrationsFolder: existsSync(bundledMigrations) ? bundledMigrations : migrationsFolder,
    communeDist: here("../../commune/dist"),
    adminDist: here("../../admin/dist"),
  });
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error("Démarrage impossible :", error instanceof Error ? error.message : error);
  }
  process.exit(1);
}
