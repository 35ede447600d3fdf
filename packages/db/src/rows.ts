/** Raw SQL's rows on both drivers: postgres.js gives an array, PGlite an object holding them. */
import type { SQL } from "drizzle-orm";
import type { Tx } from "./client.ts";

export async function selectRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result: unknown = await tx.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
