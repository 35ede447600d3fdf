/**
 * Figure: `pnpm start` from a built tree to serving /healthz, on the embedded database — under 5 s.
 * Measures the first start (migrations + demo seed) and later starts (the usual case), 5 runs each.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startBuiltServer } from "./server-process.ts";

const dataDir = mkdtempSync(join(tmpdir(), "mutu-bench-start-"));
const env = { PORT: "3901", MUTU_DATA_DIR: dataDir };
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const first = await startBuiltServer(env);
await first.stop();
const later: number[] = [];
for (let i = 0; i < 5; i++) {
  const s = await startBuiltServer(env);
  later.push(s.readyMs);
  await s.stop();
}
rmSync(dataDir, { recursive: true, force: true });
later.sort((a, b) => a - b);
console.log("start → /healthz (embedded database)");
console.log(`  first start (migrate + seed): ${fmt(first.readyMs)}`);
console.log(
  `  later starts, 5 runs: median ${fmt(later[2] ?? 0)}, max ${fmt(later[4] ?? 0)} (target < 5 s)`,
);
