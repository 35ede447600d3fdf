/**
 * What the saisines benchmark's two scripts share: where the PostgreSQL cluster lives (on disk
 * under /tmp, kept between `pnpm bench:seed` and `pnpm bench:saisines`), the databases of each
 * scale, who the realistic callers are, and the server under test (HTTP calls are in http.ts).
 */
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startPostgresServer } from "@mutu/db/testing";
import { freePort, startServerProcess } from "@mutu/bench/server-process";

/** HTTP worker processes of the server under test: BENCH_WORKERS, else one per core. */
export const WORKERS = Number(process.env.BENCH_WORKERS ?? availableParallelism());
export const BENCH_DIR = process.env.MUTU_BENCH_DIR ?? "/tmp/mutu-bench-saisines";
export const COMMUNES = 30;

/**
 * The load of the HTTP runs on the 1,000,000-saisine data: concurrent clients, how long they run,
 * and how long each step of the saturation curve lasts (BENCH_CLIENTS, BENCH_SECONDS,
 * BENCH_SATURATION_SECONDS).
 */
export const LOAD = {
  clients: Number(process.env.BENCH_CLIENTS ?? 50),
  seconds: Number(process.env.BENCH_SECONDS ?? 30),
  saturationSeconds: Number(process.env.BENCH_SATURATION_SECONDS ?? 10),
};

/** The scales measured: the million, and ten thousand to show how cost grows. */
export const SCALES = [
  { name: "10k", saisines: 10_000 },
  { name: "1m", saisines: Number(process.env.BENCH_SAISINES ?? 1_000_000) },
] as const;
export type Scale = (typeof SCALES)[number];
export const databaseOf = (scale: Scale) => `mutu_bench_${scale.name}`;

export function startBenchPostgres(settings: Record<string, string> = {}) {
  return startPostgresServer({
    dir: join(BENCH_DIR, "pg"),
    settings: {
      // Durable commits, as in production (the test server turns fsync off; the seed turns it off
      // for its bulk load only).
      fsync: "on",
      // A quarter of this machine's 24 GiB, as a production server would be tuned: the open
      // saisines and the indexes the queues read stay in memory.
      shared_buffers: "4GB",
      // 2 cores: parallel index builds and scans use both.
      max_parallel_maintenance_workers: "2",
      max_parallel_workers_per_gather: "2",
      maintenance_work_mem: "512MB",
      work_mem: "16MB",
      effective_cache_size: "4GB",
      random_page_cost: "1.1",
      max_wal_size: "4GB",
      checkpoint_timeout: "30min",
      ...settings,
    },
  });
}

/** The application's connection: a plain owner (not a superuser), as in production. */
export function ownerUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.username = "mutu_owner";
  url.pathname = `/${database}`;
  return url.toString();
}

export function superUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export const operatorAgent = (n: number) => `can-banc-${n}@bordeaux-metropole.mutu-demo.fr`;
export const OPERATOR_AGENTS = 10;

/**
 * mutu in its own process, as `pnpm start` runs it: the built bundle (dist/main.js — the bench
 * scripts build it first), without the demo seed.
 */
export async function startApi(databaseUrl: string) {
  return startServerProcess(
    [fileURLToPath(new URL("../dist/main.js", import.meta.url))],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(await freePort()),
      MUTU_SEED_DEMO: "false",
      // As deployed on this machine: one HTTP worker per core (MUTU_WORKERS, docs/adr/0010).
      MUTU_WORKERS: String(WORKERS),
      NODE_ENV: "production",
    },
    { pollMs: 50 },
  );
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The machine's CPU counters (/proc/stat), or null where there are none. */
export function cpuTimes() {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]?.trim().split(/\s+/).slice(1);
    const ticks = (fields ?? []).map(Number);
    return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] ?? 0 };
  } catch {
    return null;
  }
}

/**
 * CPU time the hypervisor gave to other machines while this one wanted it (« steal »), as a share
 * of the CPU time elapsed since `since`: on a shared VM, the part of a slow run that no code
 * change explains.
 */
export function stealPercent(since: ReturnType<typeof cpuTimes>) {
  const now = cpuTimes();
  if (!since || !now || now.total === since.total) return null;
  return (100 * (now.steal - since.steal)) / (now.total - since.total);
}
