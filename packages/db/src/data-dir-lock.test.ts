/**
 * The embedded data directory is held by a kernel lock: a second process — or a second opening in
 * the same one — is refused; a killed holder's lock is gone at once (no stale lock, even with a
 * leftover lock file naming our own PID, as in a container where mutu is PID 1 every time); and a
 * live lock cannot be removed by deleting a file.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterEach, expect, test } from "vitest";
import { DataDirLockedError, openDatabase } from "./index.ts";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "mutu-lock-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Another process holding the directory's lock as mutu does (flock on the directory). */
async function holder(dir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const fs = require("node:fs"); const { flockSync } = require("fs-ext");
       flockSync(fs.openSync(process.argv[1], "r"), "exnb");
       process.stdout.write("held\\n"); setInterval(() => {}, 1000);`,
      dir,
    ],
    { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

test("a directory held by a live process is refused with a clear French message", async () => {
  const dir = tempDir();
  const other = await holder(dir);
  try {
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(
      `La base embarquée ${dir} est déjà ouverte par un autre processus. Arrêtez-le, ou utilisez un autre MUTU_DATA_DIR.`,
    );
    // There is no lock file to delete: removing what an older mutu left changes nothing.
    rmSync(join(dir, "mutu.lock"), { force: true });
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
  } finally {
    other.kill("SIGKILL");
  }
});

test("a killed holder's lock is released by the kernel: the next start opens at once", async () => {
  const dir = tempDir();
  const other = await holder(dir);
  await new Promise((resolve) => {
    other.once("exit", resolve);
    other.kill("SIGKILL");
  });
  // What a PID-file scheme tripped on: a leftover naming a live PID (ours, as PID 1 would be).
  writeFileSync(join(dir, "mutu.lock"), String(process.pid));
  const db = await openDatabase({ dataDir: dir });
  await db.close();
});

test("the same process cannot open it twice; closing releases it", async () => {
  const dir = tempDir();
  const first = await openDatabase({ dataDir: dir });
  await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
  await first.close();
  const second = await openDatabase({ dataDir: dir });
  await second.close();
  expect(readdirSync(dir)).not.toContain("mutu.lock");
});

test("the embedded database keeps what was written across a restart", async () => {
  const dir = tempDir();
  const a = await openDatabase({ dataDir: dir });
  await a.db.execute(sql`create table t (v text)`);
  await a.db.execute(sql`insert into t values ('conservé')`);
  await a.close();
  const b = await openDatabase({ dataDir: dir });
  // PGlite's drizzle driver returns { rows }.
  const rows = (await b.db.execute(sql`select v from t`)) as unknown as { rows: { v: string }[] };
  expect(rows.rows).toEqual([{ v: "conservé" }]);
  await b.close();
});

test("an empty data directory starts from the initial one made at build time; a used one ignores it", async () => {
  // What apps/api's build writes: a freshly initialised database, dumped.
  const seedDir = tempDir();
  const made = await openDatabase({ dataDir: seedDir });
  await made.db.execute(sql`create table marker (v text)`);
  await made.db.execute(sql`insert into marker values ('du modèle')`);
  await made.close();
  const { PGlite } = await import("@electric-sql/pglite");
  const source = await PGlite.create(seedDir);
  const template = join(tempDir(), "pgdata.tar.gz");
  writeFileSync(template, Buffer.from(await (await source.dumpDataDir("gzip")).arrayBuffer()));
  await source.close();

  const dir = tempDir();
  const fresh = await openDatabase({ dataDir: dir, initialDataDir: template });
  const read = async (d: typeof fresh) =>
    ((await d.db.execute(sql`select v from marker`)) as unknown as { rows: { v: string }[] }).rows;
  expect(await read(fresh)).toEqual([{ v: "du modèle" }]);
  await fresh.db.execute(sql`update marker set v = 'modifié'`);
  await fresh.close();
  // Reopened, it is the directory's own data that counts, not the template's.
  const reopened = await openDatabase({ dataDir: dir, initialDataDir: template });
  expect(await read(reopened)).toEqual([{ v: "modifié" }]);
  await reopened.close();
});
