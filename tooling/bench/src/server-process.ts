/**
 * mutu in a process of its own, started and waited for (/healthz) as the benchmarks need it: the
 * built server as `pnpm start` runs it (this package's start-time and API latency figures), or any
 * entry point and environment a feature's bench chooses (`@mutu/bench/server-process`).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { apiMain, repoRoot } from "./paths.ts";

/** A loopback port nothing listens on at the moment it is asked for. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("port")),
      );
    });
  });
}

/**
 * Runs `node …args` with this process's environment plus `env` (which names the PORT), waits until
 * /healthz answers, and says how long that took. Fails if the server exits first.
 */
export async function startServerProcess(
  args: string[],
  env: Record<string, string> & { PORT: string },
  options: { cwd?: string; pollMs?: number } = {},
) {
  const started = performance.now();
  // BENCH_PROFILE=<dir>: the server writes a CPU profile there when it stops (Chrome DevTools).
  const profile = process.env.BENCH_PROFILE
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${env.PORT}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 20));
  }
  const readyMs = performance.now() - started;
  return {
    base,
    pid: child.pid,
    readyMs,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Starts the built server (`node apps/api/dist/main.js`) as `pnpm start` does. */
export function startBuiltServer(env: Record<string, string> & { PORT: string }) {
  return startServerProcess([apiMain], env, { cwd: repoRoot });
}
