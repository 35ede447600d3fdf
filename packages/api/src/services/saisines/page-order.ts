/**
 * A list's order and where its next page starts: any sort key of the queue (due date, dates,
 * reference, title, status, assignee), ascending or descending, then the id — keyset pagination
 * (never OFFSET) on the very expressions the indexes are built on (`saisineSortExpressions`).
 * The cursor carries the last row's key as PostgreSQL prints it, so no precision is lost.
 */
import { type QueueSort, type QueueSortKey, QUEUE_SORT_KEYS } from "@mutu/domain";
import { schema, SORT_KEY_TYPES, saisineSortExpressions } from "@mutu/db";
import { asc, desc, type SQL, sql } from "drizzle-orm";
import { AppError } from "../../errors.ts";

const { saisines } = schema;

export const sortExpressions = saisineSortExpressions(saisines);

type Cursor = { s: string; k: string; i: string };

/** timestamptz as PostgreSQL prints it (DateStyle ISO): "2026-09-07 12:00:00.123+00". */
const PG_TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

const KEY_TEXT: Record<(typeof SORT_KEY_TYPES)[QueueSortKey], (k: string) => boolean> = {
  timestamptz: (k) => k === "infinity" || PG_TIMESTAMPTZ.test(k),
  text: (k) => k.length <= 1000,
  int: (k) => /^\d{1,3}$/.test(k),
};

const sortName = (sort: QueueSort) => `${sort.direction === "desc" ? "-" : ""}${sort.key}`;

export const encodeCursor = (sort: QueueSort, key: string, id: string) =>
  Buffer.from(JSON.stringify({ s: sortName(sort), k: key, i: id } satisfies Cursor)).toString(
    "base64url",
  );

function decodeCursor(text: string, sort: QueueSort): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, "base64url").toString()) as Cursor;
    if (
      c.s === sortName(sort) &&
      typeof c.k === "string" &&
      /^[0-9a-f-]{36}$/.test(c.i) &&
      (KEY_TEXT[SORT_KEY_TYPES[sort.key]]?.(c.k) ?? false)
    )
      return c;
  } catch {
    // fall through
  }
  throw new AppError("BAD_REQUEST", "Position de page invalide : rechargez la liste.", {
    cursor: ["Position de page invalide."],
  });
}

/** The sort key of each row, as text, for the next page's cursor. */
export const sortKeyText = (key: QueueSortKey): SQL<string> =>
  sql<string>`(${sortExpressions[key]})::text`;

/** ORDER BY and the condition of the rows after the cursor. */
export function pageOrder(sort: QueueSort, cursorText: string | undefined) {
  if (!QUEUE_SORT_KEYS.includes(sort.key)) throw new Error(`unknown sort ${sort.key}`);
  const expression = sortExpressions[sort.key];
  const direction = sort.direction === "desc" ? desc : asc;
  const cursor = cursorText ? decodeCursor(cursorText, sort) : null;
  const cast = sql.raw(SORT_KEY_TYPES[sort.key]);
  const operator = sql.raw(sort.direction === "desc" ? "<" : ">");
  return {
    order: [direction(expression), direction(saisines.id)],
    after: cursor
      ? sql`(${expression}, ${saisines.id}) ${operator} (${cursor.k}::${cast}, ${cursor.i}::uuid)`
      : null,
  };
}
