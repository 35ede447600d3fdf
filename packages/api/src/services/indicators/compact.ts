/**
 * Merges the saisines' count deltas (system work, with the periodic maintenance): readers sum them
 * whatever their state, so merging changes no figure — it keeps the table as small as its keys.
 */
import { executedRows, type MutuDb, withSystem } from "@mutu/db";
import { sql } from "drizzle-orm";

export async function compactSaisineStats(db: MutuDb): Promise<number> {
  const result = await withSystem(db, (tx) =>
    tx.execute(sql`select mutu_compact_saisine_stats()::int as merged`),
  );
  return executedRows<{ merged: number }>(result)[0]?.merged ?? 0;
}
