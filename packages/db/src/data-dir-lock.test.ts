/** A second process opening the same embedded data directory is refused; a stale lock is taken over. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

test("a data directory held by a live process is refused with a clear French message", async () => {
  const dir = tempDir();
  const other = spawn("sleep", ["30"]);
  try {
    writeFileSync(join(dir, "mutu.lock"), String(other.pid));
    const attempt = openDatabase({ dataDir: dir });
    await expect(attempt).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(
      `La base embarquée ${dir} est déjà ouverte par un autre processus (pid ${other.pid}).`,
    );
  } finally {
    other.kill();
  }
});

test("the same process cannot open it twice; closing releases it; a stale lock is taken over", async () => {
  const dir = tempDir();
  const first = await openDatabase({ dataDir: dir });
  await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
  await first.close();
  const dead = spawn("true");
  await new Promise((r) => dead.once("exit", r));
  writeFileSync(join(dir, "mutu.lock"), String(dead.pid));
  const second = await openDatabase({ dataDir: dir });
  expect(readFileSync(join(dir, "mutu.lock"), "utf8")).toBe(String(process.pid));
  await second.close();
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
