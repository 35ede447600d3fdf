// Bundles the API into dist/main.js and copies the SQL migrations beside it. Everything is inlined
// but packages that load files or native code of their own at run time (they are dependencies here).
// Also writes dist/pgdata.tar.gz, an embedded database initialised and migrated with these
// migrations: a first start copies it instead of running initdb and every migration, which takes
// seconds (see `initialDataDir` in packages/db/src/client.ts); later migrations still apply at start.
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: ["src/main.ts", "src/cli/verify-audit.ts", "src/cli/saisines-maintenance.ts"],
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  external: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "fs-ext",
    "postgres",
    // Typst (the PDF exports) is a native module, loaded on the first PDF.
    "@myriaddreamin/typst-ts-node-compiler",
  ],
  // Some inlined CommonJS dependencies call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __mutuRequire } from 'node:module'; const require = __mutuRequire(import.meta.url);",
  },
});
cpSync("../../packages/db/drizzle", "dist/drizzle", { recursive: true });

const initialised = await PGlite.create();
await migrate(drizzle({ client: initialised }), { migrationsFolder: "dist/drizzle" });
const dump = await initialised.dumpDataDir("gzip");
writeFileSync("dist/pgdata.tar.gz", Buffer.from(await dump.arrayBuffer()));
await initialised.close();
