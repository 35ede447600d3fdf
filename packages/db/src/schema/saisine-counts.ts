/**
 * Saisines closed or refused, counted per commune, status and the queue's own filters (type,
 * sub-domain, nature, criticality), kept by triggers as saisines reach a final status (which they
 * never leave). Counting ten years of history per status is then a sum over a few hundred rows,
 * not a scan of a million (open saisines are counted from their own small index).
 */
import { bigint, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { orgAndOperator } from "./owners.ts";

export const saisineFinalCounts = pgTable(
  "saisine_final_counts",
  {
    ...orgAndOperator(),
    status: text().notNull(),
    type: text().notNull(),
    subDomain: text().notNull(),
    nature: text().notNull(),
    criticality: text().notNull(),
    saisines: bigint({ mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.orgId, t.status, t.type, t.subDomain, t.nature, t.criticality],
    }),
  ],
);
