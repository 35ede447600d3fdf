// Bundles the API into dist/main.js and copies the SQL migrations beside it. Everything is inlined
// but packages that load files or native code of their own at run time (they are dependencies here).
import { cpSync, rmSync } from "node:fs";
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
  external: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  // Some inlined CommonJS dependencies call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __mutuRequire } from 'node:module'; const require = __mutuRequire(import.meta.url);",
  },
});
cpSync("../../packages/db/drizzle", "dist/drizzle", { recursive: true });
