/**
 * Indicators: the measures the shared service enters for the indicators mutu cannot compute (each
 * dated, signed by its author, with its evidence), and the saisines' counts per commune and Paris
 * month that computed indicators and dashboards read (ADR 0013).
 *
 * `indicator_entries` is append-only: a later entry for the same indicator and period supersedes
 * the earlier one, which stays as history. `saisine_stats` is kept by a trigger on `saisines`, in
 * the transaction of each change (migration `indicators_security`): rows are additive deltas, summed
 * when read and merged from time to time (`mutu_compact_saisine_stats`), so the counts are exact
 * at every instant and a change never waits for another to release a shared counter row.
 */
import { PERIODICITIES } from "@mutu/domain";
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { historyColumns } from "./actors.ts";
import { calendarDate, id, oneOf, refersTo } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { contractVersions } from "./contracts.ts";
import { bytea } from "./saisines.ts";

export const indicatorEntries = pgTable(
  "indicator_entries",
  {
    id: id(),
    /** The commune measured (row-level security keys on it). */
    ...orgAndOperator(),
    /** The annex in force on the period's last day: it names the indicator and its target. */
    annexVersionId: refersTo(() => contractVersions.id),
    indicator: text().notNull(),
    periodicity: text({ enum: PERIODICITIES }).notNull(),
    /** « 2025 », « 2025-T4 », « 2025-11 » and the days it spans, [from, to). */
    periodKey: text().notNull(),
    periodFrom: calendarDate().notNull(),
    periodTo: calendarDate().notNull(),
    measuredOn: calendarDate().notNull(),
    /** The measure, as the domain's schema of this indicator accepted it. */
    value: jsonb().$type<Record<string, unknown>>().notNull(),
    note: text(),
    evidenceUrl: text(),
    evidenceFileName: text(),
    evidenceMediaType: text(),
    evidenceSizeBytes: integer(),
    evidenceSha256: text(),
    evidenceContent: bytea(),
    /** Its author's functions when they entered it (« Directeur (infrastructures et production) »). */
    authorFunctions: text().array().notNull().default(sql`'{}'::text[]`),
    ...historyColumns(),
  },
  (t) => [
    index("indicator_entries_period").on(t.orgId, t.indicator, t.periodKey, t.createdAt),
    check("indicator_entries_known_periodicity", oneOf(t.periodicity, PERIODICITIES)),
    check("indicator_entries_period_order", sql`${t.periodFrom} < ${t.periodTo}`),
    // Evidence is a link or a file, never neither: an unproven measure is not recorded.
    check(
      "indicator_entries_evidence",
      sql`(${t.evidenceUrl} is not null) <> (${t.evidenceContent} is not null)`,
    ),
    check(
      "indicator_entries_file_described",
      sql`${t.evidenceContent} is null or (${t.evidenceFileName} is not null and ${t.evidenceMediaType} is not null and ${t.evidenceSizeBytes} > 0 and ${t.evidenceSha256} is not null)`,
    ),
  ],
);

/**
 * Saisines counted per commune and Paris month, by what dashboards and indicators ask: filed by
 * type, nature, sub-domain, channel, criticality and application; registered by the call centre
 * and resolved at first contact; closed; delays handled or resolved (with how many had a target
 * and met it) and their classes. `kind` and `key` name the count (« handling »,
 * « general|urgence|bloquant »). Several rows may share a key: the count is their sum.
 */
export const saisineStats = pgTable(
  "saisine_stats",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    /** The saisines' commune; no foreign key: these rows derive from saisines, which have one. */
    orgId: uuid().notNull(),
    /** First day of the Paris month. */
    month: calendarDate().notNull(),
    kind: text().notNull(),
    key: text().notNull(),
    n: integer().notNull(),
    withTarget: integer().notNull().default(0),
    met: integer().notNull().default(0),
    /** A merged row; deltas written by the trigger are merged by the compaction. */
    compacted: boolean().notNull().default(false),
  },
  (t) => [
    // Every column the dashboards read, in the index: their sums read it alone (no heap page).
    index("saisine_stats_org_month").on(t.orgId, t.month, t.kind, t.key, t.n, t.withTarget, t.met),
    // What was filed and closed before a period (its starting backlog): two rows a month.
    index("saisine_stats_backlog")
      .on(t.orgId, t.month, t.kind, t.n)
      .where(sql`kind in ('filed', 'closed')`),
    index("saisine_stats_deltas").on(t.orgId, t.month, t.kind, t.key).where(sql`not compacted`),
  ],
);
