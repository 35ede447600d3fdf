/** Starts the built server (`node apps/api/dist/main.js`) as `pnpm start` does, and waits for /healthz. */
import { type ChildProcess, spawn } from "node:child_process";
import { apiMain, repoRoot } from "./paths.ts";

export async function startBuiltServer(env: Record<string, string>) {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [apiMain], {
    cwd: repoRoot,
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
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - started;
  return {
    base,
    readyMs,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
