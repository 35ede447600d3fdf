/** `pnpm audit:verify`: recomputes every audit hash chain and exits non-zero if one is broken. */
import { openDatabase, verifyAuditChains } from "@mutu/db";
import { loadEnv } from "../env.ts";

const env = loadEnv();
const database = await openDatabase(
  env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.MUTU_DATA_DIR },
);
try {
  const reports = await verifyAuditChains(database.db);
  const broken = reports.filter((r) => !r.ok);
  for (const r of reports)
    console.log(
      `${r.ok ? "intègre " : "ROMPUE  "} chaîne ${r.chain} : ${r.entries} entrées${r.ok ? "" : ` — entrée n° ${r.brokenAtSeq} : ${r.reason}`}`,
    );
  console.log(
    broken.length
      ? `${broken.length} chaîne(s) rompue(s).`
      : `Journal d'audit intègre (${reports.length} chaînes).`,
  );
  process.exitCode = broken.length ? 1 : 0;
} finally {
  await database.close();
}
