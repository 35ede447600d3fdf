/**
 * Several HTTP worker processes on one port (node:cluster), for a PostgreSQL server
 * (MUTU_WORKERS > 1): each request's JavaScript — routing, validation, query building, JSON —
 * runs on one core, so a second process lets a burst of requests be served in parallel instead of
 * queueing. The primary prepares the database once (migrations, demo seed), then starts the
 * workers; worker 1 alone runs the periodic maintenance and prints the start lines. A worker that
 * dies is replaced; SIGINT/SIGTERM stop them all. Decision: docs/adr/0010-http-workers.md.
 */
import cluster from "node:cluster";
import type { Env } from "./env.ts";
import { type Paths, prepareDatabase, type ServerRole } from "./server.ts";

/** A worker that dies sooner than this after its start is not restarted. */
const RESTART_AFTER_MS = 10_000;

/** In a worker, what this one does; undefined in a process that is not a cluster worker. */
export function workerRole(env: Env): ServerRole | undefined {
  if (cluster.isPrimary) return undefined;
  return { prepare: false, lead: env.MUTU_WORKER_INDEX === 1 };
}

export async function runPrimary(env: Env, paths: Paths, log: (line: string) => void) {
  await prepareDatabase(env, paths, log);
  let stopping = false;
  const fork = (index: number) => {
    const worker = cluster.fork({ MUTU_WORKER_INDEX: String(index) });
    const startedAt = Date.now();
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      // One that dies while starting would die again (database down, port taken): stop there.
      if (Date.now() - startedAt < RESTART_AFTER_MS) {
        log(`Le processus ${index} s'est arrêté au démarrage : mutu s'arrête.`);
        void stop(1);
        return;
      }
      log(`Processus ${index} arrêté (${signal ?? `code ${code}`}) : il est remplacé.`);
      fork(index);
    });
  };
  for (let index = 1; index <= env.MUTU_WORKERS; index++) fork(index);
  async function stop(code = 0) {
    stopping = true;
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (!worker || worker.isDead()) return resolve();
            worker.once("exit", () => resolve());
            worker.process.kill("SIGTERM");
          }),
      ),
    );
    process.exit(code);
  }
  process.once("SIGINT", () => stop());
  process.once("SIGTERM", () => stop());
}
