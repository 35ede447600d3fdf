/**
 * Idempotent filing: a key makes a retried call return the first saisine — if it says the same
 * thing. The request's content is hashed with the key; the same key with other content is a
 * conflict, in French, naming the saisine it already filed.
 */
import type { CreateSaisineInput } from "@mutu/domain";
import { schema } from "@mutu/db";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { canSee, type SaisineRow, saisineColumns } from "./access.ts";
import { mutationResult } from "./mutate.ts";

const { saisines } = schema;

/**
 * What a request said, whatever the order of its fields: the same idempotency key with other
 * content is another request, not a retry.
 */
export function requestHash(input: CreateSaisineInput): string {
  const { idempotencyKey: _key, ...content } = input;
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
  return createHash("sha256")
    .update(JSON.stringify(canonical(content)))
    .digest("hex");
}

export function createdResult(row: SaisineRow, replayed: boolean) {
  return {
    ...mutationResult(row),
    orgId: row.orgId,
    annexVersionId: row.annexVersionId,
    communeFunction: row.communeFunction,
    sharedServiceFunction: row.sharedServiceFunction,
    proximityCentre: row.proximityCentre,
    proximityCentreName: row.proximityCentreName,
    qualificationReason: row.qualificationReason,
    createdAt: row.createdAt,
    replayed,
  };
}

export async function findByKey(ctx: ServiceContext, orgId: string, key: string, hash: string) {
  const [row] = await inTenant(ctx, (tx) =>
    tx
      .select(saisineColumns)
      .from(saisines)
      .where(and(eq(saisines.orgId, orgId), eq(saisines.idempotencyKey, key))),
  );
  if (!row) return null;
  // A key is the filer's: another organisation's or person's key does not reveal their saisine.
  if (row.filedByOrgId !== ctx.caller.org.id || !canSee(ctx.caller, row))
    throw new AppError(
      "CONFLICT",
      "Cette clé d'idempotence a déjà servi pour une autre saisine : choisissez-en une autre.",
      { idempotencyKey: ["Clé déjà utilisée."] },
    );
  // Saisines filed before requests were hashed have none: their key alone decides, as it did.
  const [stored] = await inTenant(ctx, (tx) =>
    tx.select({ hash: saisines.idempotencyHash }).from(saisines).where(eq(saisines.id, row.id)),
  );
  if (stored?.hash && stored.hash !== hash)
    throw new AppError(
      "CONFLICT",
      `Cette clé d'idempotence a déjà servi pour la saisine ${row.reference}, avec un autre contenu : s'il s'agit d'une nouvelle saisine, utilisez une nouvelle clé.`,
      { idempotencyKey: ["Clé déjà utilisée pour un autre contenu."] },
    );
  return createdResult(row, true);
}
