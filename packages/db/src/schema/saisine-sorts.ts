/**
 * The queue's sort keys as SQL, written once: the indexes that serve each sort (saisines.ts) and
 * the queries that sort (the API) use these very expressions, so PostgreSQL matches them.
 * Text sorts the French way without a collation PGlite lacks: accents folded, case ignored —
 * what `Intl.Collator('fr')` does at its first level (Bègles before Bruges). Statuses sort in
 * the order of their life, not of their names.
 */
import { type QueueSortKey, SAISINE_STATUSES } from "@mutu/domain";
import { type SQL, sql } from "drizzle-orm";

const ACCENTED = "ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸàâäáãåçéèêëíìîïñóòôöõúùûüýÿ";
const PLAIN = "AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy";

/** `lower(translate(<text>, accented, plain))`: a text's French sort key. */
export const frenchSortKey = (text: SQL): SQL =>
  sql`lower(translate(${text}, ${sql.raw(`'${ACCENTED}'`)}, ${sql.raw(`'${PLAIN}'`)}))`;

const STATUS_ORDER = `'{${SAISINE_STATUSES.join(",")}}'::text[]`;

/**
 * Each sort key's expression over the saisines table's own columns (unqualified, as in an index;
 * drizzle qualifies the same columns in a query, which PostgreSQL reads as the same expression).
 */
export const saisineSortExpressions = (t: {
  dueSort: unknown;
  createdAt: unknown;
  updatedAt: unknown;
  reference: unknown;
  title: unknown;
  status: unknown;
  assigneeLabel: unknown;
}): Record<QueueSortKey, SQL> => ({
  due: sql`${t.dueSort}`,
  created: sql`${t.createdAt}`,
  updated: sql`${t.updatedAt}`,
  reference: sql`${t.reference}`,
  title: frenchSortKey(sql`${t.title}`),
  status: sql`array_position(${sql.raw(STATUS_ORDER)}, ${t.status})`,
  assignee: frenchSortKey(sql`coalesce(${t.assigneeLabel}, '')`),
});

/** How a sort key's value travels in a page cursor (and is cast back). */
export const SORT_KEY_TYPES: Record<QueueSortKey, "timestamptz" | "text" | "int"> = {
  due: "timestamptz",
  created: "timestamptz",
  updated: "timestamptz",
  reference: "text",
  title: "text",
  status: "int",
  assignee: "text",
};
