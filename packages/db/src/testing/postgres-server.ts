/**
 * Starts a throw-away PostgreSQL 15 server from the system binaries, on a loopback port in a temp
 * directory, for integration tests. initdb refuses to run as root, so as root the server runs as the
 * `postgres` system user.
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = process.env.MUTU_PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type PostgresServer = { url: string; port: number; stop(): Promise<void> };

export type PostgresServerOptions = {
  /**
   * A directory to keep the cluster in (created and initialised if empty, reused otherwise), for
   * benchmarks whose data outlives one process. Default: a fresh temp dir, removed on stop.
   */
  dir?: string;
  /** Extra server settings (-c name=value), e.g. for bulk loading. */
  settings?: Record<string, string>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

function asPostgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

export async function startPostgresServer(
  options: PostgresServerOptions = {},
): Promise<PostgresServer> {
  const kept = options.dir !== undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "mutu-pg-"));
  mkdirSync(dir, { recursive: true });
  const data = join(dir, "data");
  const user = asPostgresUser();
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o700);
  }
  const opts = user ? { uid: user.uid, gid: user.gid } : {};
  if (!existsSync(join(data, "PG_VERSION")))
    execFileSync(
      join(BIN, "initdb"),
      ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"],
      {
        ...opts,
        stdio: "ignore",
      },
    );
  const port = await freePort();
  const child = spawn(
    join(BIN, "postgres"),
    [
      "-D",
      data,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      `unix_socket_directories=${dir}`,
      "-c",
      "fsync=off",
      "-c",
      "max_connections=200",
      "-c",
      "shared_buffers=256MB",
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => [
        "-c",
        `${name}=${value}`,
      ]),
    ],
    { ...opts, stdio: "ignore", detached: false },
  );
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await waitForReady(port, dir, opts);
  let stopped = false;
  return {
    url,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGINT"); // fast shutdown
      });
      if (!kept) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForReady(port: number, socketDir: string, opts: object) {
  for (let i = 0; i < 600; i++) {
    try {
      execFileSync(join(BIN, "pg_isready"), ["-h", "127.0.0.1", "-p", String(port), "-q"], {
        ...opts,
        stdio: "ignore",
      });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`PostgreSQL did not start on port ${port} (socket dir ${socketDir})`);
}
