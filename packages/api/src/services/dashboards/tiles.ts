/**
 * A dashboard's counts of saisines, each with the filters of the list it opens and counted by the
 * lists' own conditions (saisines/query.ts `filterConditions`): one query, two views. All the
 * counts of a dashboard go out as one statement, per commune when asked, prepared: an unprepared
 * query with parameters is described first, and postgres.js sends nothing after it on the
 * transaction's connection until it is answered (docs/adr/0037).
 */
import { isFinalSaisineStatus } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, eq, type SQL, sql } from "drizzle-orm";
import { prepared } from "../saisines/prepared.ts";
import { filterConditions, type SaisineFilters } from "../saisines/query.ts";

const { saisines } = schema;

export type TileFilters = Omit<SaisineFilters, "sort" | "cursor" | "limit">;

/** Every tile's count over `scope`; open-only tiles read the open saisines' indexes. */
export async function countTiles<K extends string>(
  tx: Tx,
  scope: SQL[],
  tiles: Record<K, TileFilters>,
  now: Date,
): Promise<Record<K, number>> {
  const [row] = await prepared(
    tx
      .select(columnsOf(tiles, now))
      .from(saisines)
      .where(and(...scope, ...openOnly(tiles))),
  );
  return (row ?? {}) as Record<K, number>;
}

/** The same counts per commune of the scope. */
export async function countTilesByOrg<K extends string>(
  tx: Tx,
  scope: SQL[],
  tiles: Record<K, TileFilters>,
  now: Date,
): Promise<(Record<K, number> & { orgId: string })[]> {
  const rows = await prepared(
    tx
      .select({ orgId: saisines.orgId, ...columnsOf(tiles, now) })
      .from(saisines)
      .where(and(...scope, ...openOnly(tiles)))
      .groupBy(saisines.orgId),
  );
  return rows as (Record<K, number> & { orgId: string })[];
}

function columnsOf<K extends string>(tiles: Record<K, TileFilters>, now: Date) {
  return Object.fromEntries(
    (Object.entries(tiles) as [K, TileFilters][]).map(([key, filters]) => [
      key,
      sql<number>`count(*) filter (where ${and(...filterConditions(filters, now))})`.mapWith(
        Number,
      ),
    ]),
  ) as Record<K, SQL.Aliased<number> | SQL<number>>;
}

/** Open-only tiles (no status filter: a list's default) let the statement read open saisines only. */
function openOnly(tiles: Record<string, TileFilters>): SQL[] {
  const open = Object.values(tiles).every(
    (t) => !t.statuses?.length || t.statuses.every((s) => !isFinalSaisineStatus(s)),
  );
  return open ? [eq(saisines.isOpen, true)] : [];
}
