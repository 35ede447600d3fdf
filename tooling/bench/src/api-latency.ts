/**
 * Figure: an authenticated tRPC query on the embedded database vs plain /healthz, p50/p99 and ratio.
 * autocannon drives the built server (as `pnpm start` runs it) over loopback, 10 connections, 10 s each.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { startBuiltServer } from "./server-process.ts";

const dataDir = mkdtempSync(join(tmpdir(), "mutu-bench-api-"));
const server = await startBuiltServer({ PORT: "3902", MUTU_DATA_DIR: dataDir });

const signIn = await fetch(`${server.base}/trpc/auth.signIn`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: server.base },
  body: JSON.stringify({ email: "dgs@begles.mutu-demo.fr", password: "demo-mutu-2026" }),
});
const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
if (!cookie) throw new Error("sign-in failed");

async function run(title: string, path: string, headers: Record<string, string> = {}) {
  const result = await autocannon({
    url: `${server.base}${path}`,
    connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
    duration: Number(process.env.BENCH_SECONDS ?? 10),
    headers,
  });
  if (result.non2xx) throw new Error(`${title}: ${result.non2xx} non-2xx answers`);
  const { p50, p99 } = result.latency;
  console.log(
    `  ${title.padEnd(44)} p50 ${p50} ms, p99 ${p99} ms, ${Math.round(result.requests.average)} req/s`,
  );
  return result.latency;
}

const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
console.log(
  `API latency, embedded database, ${connections} connection(s) × ${seconds} s, load average ${loadavg()[0]?.toFixed(1)}`,
);
const health = await run("GET /healthz", "/healthz");
const me = await run("auth.me (session → person, functions)", "/trpc/auth.me", { cookie });
const orgs = await run("organisations.list (tenant transaction, RLS)", "/trpc/organisations.list", {
  cookie,
});
console.log(
  `  ratio auth.me / healthz: p50 ×${(me.p50 / Math.max(health.p50, 1)).toFixed(1)}, p99 ×${(me.p99 / Math.max(health.p99, 1)).toFixed(1)}`,
);
console.log(
  `  ratio organisations.list / healthz: p50 ×${(orgs.p50 / Math.max(health.p50, 1)).toFixed(1)}, p99 ×${(orgs.p99 / Math.max(health.p99, 1)).toFixed(1)}`,
);
await server.stop();
rmSync(dataDir, { recursive: true, force: true });
