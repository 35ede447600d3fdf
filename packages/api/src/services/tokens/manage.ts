/** API tokens for other internal tools: the secret is shown once, only its hash is stored. */
import {
  type CreateTokenInput,
  missingPermissions,
  permissionsBeyondKind,
  reservedToOperatorMessage,
} from "@mutu/domain";
import { type Actor, appendAudit, schema, type Tx } from "@mutu/db";
import { and, desc, eq, isNull, type SQL } from "drizzle-orm";
import { actorOf } from "../../auth/caller.ts";
import { newApiTokenSecret, sha256 } from "../../auth/secrets.ts";
import { AppError, notFound } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { createRecord } from "../audit/caller-change.ts";

const { apiTokens, organisations, people } = schema;

const DAY_MS = 86_400_000;

export async function createToken(ctx: ServiceContext, input: CreateTokenInput) {
  assertVisibleOrg(ctx.caller, input.orgId);
  if (!ctx.caller.personId)
    throw new AppError("FORBIDDEN", "Seule une personne peut créer un jeton d'API.");
  const missing = missingPermissions(ctx.caller.permissions, input.permissions);
  if (missing.length)
    throw new AppError(
      "FORBIDDEN",
      "Un jeton ne peut porter que des permissions que vous détenez vous-même.",
      {
        permissions: [`Non détenues : ${missing.join(", ")}.`],
      },
    );
  const secret = newApiTokenSecret();
  const now = ctx.now();
  const personId = ctx.caller.personId;
  return inTenant(ctx, async (tx) => {
    // As a commune cannot be given an operator's function, its token cannot carry its permissions.
    const [org] = await tx
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(eq(organisations.id, input.orgId));
    if (!org) throw notFound("Organisation");
    const reserved = permissionsBeyondKind(org.kind, input.permissions);
    if (reserved.length)
      throw new AppError(
        "BAD_REQUEST",
        "Un jeton d'une commune ne peut pas porter les permissions du service commun.",
        { permissions: [reservedToOperatorMessage(reserved)] },
      );
    const { name, permissions } = input;
    const displayPrefix = secret.slice(0, 10);
    const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
    const { id } = await createRecord(
      tx,
      ctx,
      apiTokens,
      { orgId: input.orgId, entity: "api-token" },
      {
        orgId: input.orgId,
        name,
        tokenHash: sha256(secret),
        displayPrefix,
        permissions,
        createdBy: personId,
        createdAt: now,
        expiresAt,
      },
      { action: "token.create", after: { name, permissions, expiresAt } },
    );
    return { id, name, expiresAt, displayPrefix, secret };
  });
}

export function listTokens(ctx: ServiceContext) {
  return inTenant(ctx, (tx) =>
    tx
      .select({
        id: apiTokens.id,
        orgId: apiTokens.orgId,
        name: apiTokens.name,
        displayPrefix: apiTokens.displayPrefix,
        permissions: apiTokens.permissions,
        createdAt: apiTokens.createdAt,
        expiresAt: apiTokens.expiresAt,
        revokedAt: apiTokens.revokedAt,
        lastUsedAt: apiTokens.lastUsedAt,
        createdById: apiTokens.createdBy,
        createdByName: people.displayName,
      })
      .from(apiTokens)
      .leftJoin(people, eq(people.id, apiTokens.createdBy))
      .orderBy(desc(apiTokens.createdAt)),
  );
}

/**
 * Revokes the active tokens `which` selects, each audited: one by its id, or all those a person
 * answers for when they are deactivated (`reason`). Returns those revoked.
 */
export async function revokeTokens(
  tx: Tx,
  which: SQL,
  actor: Actor,
  now: Date,
  reason?: Record<string, string>,
) {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(which, isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, orgId: apiTokens.orgId, name: apiTokens.name });
  for (const token of revoked)
    await appendAudit(tx, {
      orgId: token.orgId,
      actor,
      action: "token.revoke",
      entity: "api-token",
      entityId: token.id,
      before: { revoked: false },
      after: { revoked: true, ...reason },
    });
  return revoked;
}

export async function revokeToken(ctx: ServiceContext, input: { tokenId: string }) {
  return inTenant(ctx, async (tx) => {
    const [token] = await revokeTokens(
      tx,
      eq(apiTokens.id, input.tokenId),
      actorOf(ctx.caller),
      ctx.now(),
    );
    if (!token) throw notFound("Jeton actif");
    return { ok: true as const };
  });
}
