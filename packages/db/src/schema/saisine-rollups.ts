/**
 * Roll-ups of the saisines' monthly counts (`saisine_stats`) at the grain the consolidated and
 * trend dashboards read (docs/adr/0037), kept by the same trigger in the transaction of each
 * change, as additive deltas merged by the same compaction: exact at every instant.
 *
 * - `saisine_operator_stats`: the counts of all of an operator's communes together, per month,
 *   kind and key — what the consolidated charts sum, ~30 times fewer rows than per commune.
 * - `saisine_month_figures`: per commune and month, the figures a table row or a trend point adds
 *   up (filed, closed, delays within target, first contact) — one row where `saisine_stats` holds
 *   about twenty (one per delay cell and type).
 */
import { sql } from "drizzle-orm";
import { bigserial, boolean, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";

const month = () => date({ mode: "string" }).notNull();
const count = () => integer().notNull().default(0);

export const saisineOperatorStats = pgTable(
  "saisine_operator_stats",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    /** The saisines' operator; no foreign key: these rows derive from saisines, which have one. */
    operatorId: uuid().notNull(),
    /** First day of the Paris month. */
    month: month(),
    kind: text().notNull(),
    key: text().notNull(),
    n: integer().notNull(),
    withTarget: count(),
    met: count(),
    /** A merged row; deltas written by the trigger are merged by the compaction. */
    compacted: boolean().notNull().default(false),
  },
  (t) => [
    // Every column the consolidated charts read, in the index: read from it alone.
    index("saisine_operator_stats_month").on(
      t.operatorId,
      t.month,
      t.kind,
      t.key,
      t.n,
      t.withTarget,
      t.met,
    ),
    index("saisine_operator_stats_deltas")
      .on(t.operatorId, t.month, t.kind, t.key)
      .where(sql`not compacted`),
  ],
);

export const saisineMonthFigures = pgTable(
  "saisine_month_figures",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    /** The saisines' commune (row-level security keys on it). */
    orgId: uuid().notNull(),
    /** First day of the Paris month. */
    month: month(),
    filed: count(),
    closed: count(),
    handlingMet: count(),
    handlingWithTarget: count(),
    resolutionMet: count(),
    resolutionWithTarget: count(),
    /** Incidents resolved at first contact, among `registered` (incidents the call centre took). */
    firstContact: count(),
    registered: count(),
    compacted: boolean().notNull().default(false),
  },
  (t) => [
    index("saisine_month_figures_org_month").on(
      t.orgId,
      t.month,
      t.filed,
      t.closed,
      t.handlingMet,
      t.handlingWithTarget,
      t.resolutionMet,
      t.resolutionWithTarget,
      t.firstContact,
      t.registered,
    ),
    index("saisine_month_figures_deltas").on(t.orgId, t.month).where(sql`not compacted`),
  ],
);
