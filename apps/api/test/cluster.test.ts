/**
 * MUTU_WORKERS=2 on a PostgreSQL server: mutu in its own process (src/main.ts, as `pnpm start`
 * runs it), the primary migrating and seeding once, two workers serving one port; a worker that
 * dies is replaced, and SIGTERM stops them all.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@mutu/db/seed";
import { createTestDatabaseUrl } from "@mutu/db/testing";
import { afterAll, expect, test } from "vitest";

const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
let child: ChildProcess | undefined;
let output = "";

afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The primary's worker processes (not the other children, such as tsx's esbuild service). */
const workersOf = (pid: number) =>
  execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(pid)])
    .toString()
    .split("\n")
    .filter((line) => line.includes(main))
    .map((line) => Number.parseInt(line.trim(), 10));

async function until<T>(what: string, probe: () => Promise<T | null> | T | null, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}\n${output}`);
}

test("two workers share the port; a dead one is replaced; SIGTERM stops all", async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--import", "tsx", main], {
    env: {
      ...process.env,
      DATABASE_URL: await createTestDatabaseUrl(),
      PORT: String(port),
      MUTU_WORKERS: "2",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const primary = child.pid ?? 0;
  await until(
    "the server",
    () =>
      fetch(`${base}/healthz`).then(
        (r) => (r.ok ? true : null),
        () => null,
      ),
    // The primary migrates and seeds the demo first (argon2 hashes, saisines through services).
    150_000,
  );
  await until("two workers", () => (workersOf(primary).length === 2 ? true : null));
  // Seeded once by the primary, announced once (by worker 1, which may answer after worker 2).
  await until("the start lines", () => (/2 processus/.test(output) ? true : null));
  expect(output.match(/Base vide\s: données de démonstration créées/g)).toHaveLength(1);
  expect(output.match(/mutu écoute sur/g)).toHaveLength(1);
  expect(output).toContain("2 processus");

  // A session opened on one worker is valid on the other: state lives in the database.
  const signIn = await fetch(`${base}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: "dgs@begles.mutu-demo.fr", password: DEMO_PASSWORD }),
  });
  const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
  const me = await Promise.all(
    Array.from({ length: 20 }, () =>
      fetch(`${base}/trpc/auth.me`, { headers: { cookie, connection: "close" } }).then((r) =>
        r.json(),
      ),
    ),
  );
  expect(new Set(me.map((m) => m.result?.data?.email))).toEqual(
    new Set(["dgs@begles.mutu-demo.fr"]),
  );

  // Past its start-up grace, a worker killed is replaced.
  await new Promise((r) => setTimeout(r, 10_500));
  const [victim, survivor] = workersOf(primary);
  process.kill(victim ?? 0, "SIGKILL");
  const replaced = await until("a replacement", () => {
    const now = workersOf(primary);
    return now.length === 2 && !now.includes(victim ?? 0) ? now : null;
  });
  expect(replaced).toContain(survivor);
  // The primary logs the replacement on its own stdout, which may reach us after the new worker.
  await until("the replacement's log line", () =>
    /Processus \d arrêté \(SIGKILL\)\s: il est remplacé\./.test(output) ? true : null,
  );
  expect(output).toMatch(/Processus \d arrêté \(SIGKILL\)\s: il est remplacé\./);
  expect((await fetch(`${base}/healthz`)).ok).toBe(true);

  const exited = new Promise<number | null>((resolve) => child?.once("exit", resolve));
  child.kill("SIGTERM");
  expect(await exited).toBe(0);
  for (const pid of replaced)
    expect(() => process.kill(pid, 0), `worker ${pid} still running`).toThrow();
}, 240_000);
