/**
 * Who sees which saisine and acts on it, beyond tenancy (row-level security already keeps other
 * tenants out): a commune agent with only `saisines.create` sees the saisines filed for them; with
 * `saisines.read`, all of their commune's; the operator's staff see their members'. Locking a
 * saisine for a change checks the row version the caller read (optimistic concurrency).
 */
import { type ActorSide, sidePermission } from "@mutu/domain";
import { schema, statement, type Tx } from "@mutu/db";
import { eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { AppError, forbidden, notFound } from "../../errors.ts";

const { saisines } = schema;

/** Every column but the search vector (a generated tsvector nobody reads back). */
const { search: _search, ...columns } = getTableColumns(saisines);
export const saisineColumns = columns;
export type SaisineRow = Omit<typeof saisines.$inferSelect, "search">;

export const sideOf = (caller: Caller): ActorSide =>
  caller.org.kind === "operator" ? "operator" : "commune";

/** The operator's staff and commune readers see every saisine of their scope. */
export const seesWholeScope = (caller: Caller) =>
  caller.org.kind === "operator" || caller.permissions.includes("saisines.read");

/** The extra filter for a caller who sees only their own saisines (null: none needed). */
export function ownSaisinesFilter(caller: Caller): SQL | null {
  if (seesWholeScope(caller)) return null;
  if (caller.personId) return eq(saisines.requesterId, caller.personId);
  if (caller.tokenId) return eq(saisines.filedByTokenId, caller.tokenId);
  return sql`false`;
}

export function canSee(caller: Caller, row: Pick<SaisineRow, "requesterId" | "filedByTokenId">) {
  if (seesWholeScope(caller)) return true;
  if (caller.personId) return row.requesterId === caller.personId;
  return caller.tokenId !== null && row.filedByTokenId === caller.tokenId;
}

export const STALE_MESSAGE =
  "Cette saisine a été modifiée entre-temps : rechargez-la avant de recommencer.";

export const stale = (references?: string[]) =>
  new AppError(
    "CONFLICT",
    references && references.length > 1
      ? `Ces saisines ont été modifiées entre-temps (${references.join(", ")}) : rechargez-les avant de recommencer.`
      : STALE_MESSAGE,
    { version: [STALE_MESSAGE] },
  );

const saisineForUpdate = statement("saisine_for_update", (db) =>
  db
    .select(saisineColumns)
    .from(saisines)
    .where(eq(saisines.id, sql.placeholder("saisineId")))
    .for("update"),
);

/**
 * The saisine, locked for this transaction, if the caller may see it and still holds its current
 * version. Out of scope or invisible: « introuvable », never « interdit ».
 */
export async function lockSaisine(
  tx: Tx,
  caller: Caller,
  saisineId: string,
  version: number | null,
): Promise<SaisineRow> {
  const [row] = await saisineForUpdate(tx, { saisineId });
  if (!row || !canSee(caller, row)) throw notFound("Saisine");
  if (version !== null && row.rowVersion !== version) throw stale([row.reference]);
  return row;
}

/**
 * The saisine, share-locked for this transaction, if the caller may see it: comments, files and
 * arbitrations run side by side; a status change waits for them, and they for it.
 */
export async function shareLockSaisine(tx: Tx, caller: Caller, saisineId: string) {
  const [row] = await tx
    .select(saisineColumns)
    .from(saisines)
    .where(eq(saisines.id, saisineId))
    .for("share");
  if (!row || !canSee(caller, row)) throw notFound("Saisine");
  return row;
}

/** Commune-side actions need `saisines.create`, operator-side ones `saisines.manage`. */
export function assertMaySideAct(caller: Caller, side: ActorSide) {
  if (sideOf(caller) !== side)
    throw new AppError(
      "FORBIDDEN",
      side === "operator"
        ? "Cette action est réservée au service commun."
        : "Cette action est réservée à la commune.",
    );
  if (!caller.permissions.includes(sidePermission(side))) throw forbidden();
}
