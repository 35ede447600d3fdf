/**
 * Creating people, assigning and removing functions, deactivating (which ends their sessions at once)
 * and reactivating (they sign in again: ended sessions stay ended).
 * Each verb checks scope, runs in one transaction and writes its audit entry in that transaction.
 */
import {
  type AuditAction,
  type CreatePersonInput,
  type DeactivatePersonInput,
  missingPermissions,
  permissionLabels,
  permissionsOf,
} from "@mutu/domain";
import { schema, type Tx, withSystem } from "@mutu/db";
import { and, eq, isNull } from "drizzle-orm";
import { actorOf } from "../../auth/caller.ts";
import { assertStrongPassword } from "../../auth/password-policy.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { AppError, notFound } from "../../errors.ts";
import { revokeTokens } from "../tokens/manage.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { auditChange, changeRecord } from "../audit/caller-change.ts";

const { apiTokens, functions, organisations, people, personFunctions, sessions } = schema;

async function checkFunctionFits(tx: Tx, orgId: string, functionId: string) {
  const [org] = await tx
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  const [fn] = await tx.select().from(functions).where(eq(functions.id, functionId));
  if (!org) throw notFound("Organisation");
  if (!fn)
    throw new AppError("BAD_REQUEST", "Fonction inconnue.", { functionId: ["Fonction inconnue."] });
  const side = org.kind === "operator" ? "operator" : "commune";
  if (fn.side !== side)
    throw new AppError(
      "BAD_REQUEST",
      side === "commune"
        ? "Cette fonction est propre au service commun : elle ne peut pas être confiée dans une commune."
        : "Cette fonction est propre aux communes : elle ne peut pas être confiée au service commun.",
      { functionId: ["Fonction incompatible avec l'organisation."] },
    );
  return fn;
}

async function personInScope(tx: Tx, personId: string) {
  const [person] = await tx.select().from(people).where(eq(people.id, personId)).for("update");
  if (!person) throw notFound("Personne");
  return person;
}

/** The audit entry of a change to a person, in their organisation. */
const auditPerson = (
  tx: Tx,
  ctx: ServiceContext,
  person: { id: string; orgId: string },
  action: Extract<AuditAction, `person.${string}`>,
  change: { before?: unknown; after?: unknown },
) =>
  auditChange(tx, ctx, {
    orgId: person.orgId,
    action,
    entity: "person",
    entityId: person.id,
    ...change,
  });

export async function createPerson(ctx: ServiceContext, input: CreatePersonInput) {
  assertVisibleOrg(ctx.caller, input.orgId);
  await assertStrongPassword(input.password, [input.displayName, input.email], "password");
  const passwordHash = await hashPassword(input.password);
  return inTenant(ctx, async (tx) => {
    // An address is unique within its organisation only: whether another tenant has an account
    // with it is none of the caller's business, and is not looked at.
    const [taken] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, input.orgId), eq(people.email, input.email)))
      .limit(1);
    if (taken)
      throw new AppError(
        "CONFLICT",
        "Une personne de cette organisation utilise déjà cette adresse.",
        {
          email: ["Adresse déjà utilisée dans cette organisation."],
        },
      );
    for (const functionId of input.functionIds)
      await checkFunctionFits(tx, input.orgId, functionId);
    const [person] = await tx
      .insert(people)
      .values({
        orgId: input.orgId,
        email: input.email,
        displayName: input.displayName,
        passwordHash,
      })
      .returning({
        id: people.id,
        orgId: people.orgId,
        email: people.email,
        displayName: people.displayName,
      });
    if (!person) throw new Error("insert returned nothing");
    if (input.functionIds.length)
      await tx.insert(personFunctions).values(
        input.functionIds.map((functionId) => ({
          personId: person.id,
          functionId,
          orgId: input.orgId,
        })),
      );
    await auditPerson(tx, ctx, person, "person.create", {
      after: { ...person, functionIds: input.functionIds },
    });
    return person;
  });
}

export async function assignFunction(
  ctx: ServiceContext,
  input: { personId: string; functionId: string },
) {
  return inTenant(ctx, async (tx) => {
    const person = await personInScope(tx, input.personId);
    const fn = await checkFunctionFits(tx, person.orgId, input.functionId);
    const inserted = await tx
      .insert(personFunctions)
      .values({ personId: person.id, functionId: fn.id, orgId: person.orgId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length)
      await auditPerson(tx, ctx, person, "person.assign-function", {
        after: { function: fn.code },
      });
    return { ok: true as const };
  });
}

export async function removeFunction(
  ctx: ServiceContext,
  input: { personId: string; functionId: string },
) {
  return inTenant(ctx, async (tx) => {
    const person = await personInScope(tx, input.personId);
    const removed = await tx
      .delete(personFunctions)
      .where(
        and(
          eq(personFunctions.personId, person.id),
          eq(personFunctions.functionId, input.functionId),
        ),
      )
      .returning();
    if (!removed.length) throw notFound("Fonction de cette personne");
    await auditPerson(tx, ctx, person, "person.remove-function", {
      before: { functionId: input.functionId },
    });
    return { ok: true as const };
  });
}

export async function deactivatePerson(ctx: ServiceContext, input: DeactivatePersonInput) {
  if (input.personId === ctx.caller.personId)
    throw new AppError("BAD_REQUEST", "Vous ne pouvez pas désactiver votre propre compte.");
  const now = ctx.now();
  const person = await inTenant(ctx, async (tx) => {
    const p = await personInScope(tx, input.personId);
    if (!p.active) throw new AppError("CONFLICT", "Cette personne est déjà désactivée.");
    await changeRecord(
      tx,
      ctx,
      people,
      { ...p, entity: "person" },
      { active: false, deactivatedAt: now },
      { action: "person.deactivate", before: { active: true }, after: { active: false } },
    );
    if (input.tokens.action === "transfer")
      await entrustTokens(ctx, tx, p, input.tokens.toPersonId);
    return p;
  });
  // Sessions and the tokens left are the authentication layer's: ended at once, as system work,
  // for this person only — tokens for organisations the caller cannot see too. Were the process to
  // die between the two transactions, both would still be refused: a session or a token is valid
  // only while its person is active.
  await withSystem(ctx.db, async (tx) => {
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.personId, person.id), isNull(sessions.revokedAt)));
    await revokeTokens(tx, eq(apiTokens.createdBy, person.id), actorOf(ctx.caller), now, {
      reason: "deactivation",
      of: person.id,
    });
  });
  return { ok: true as const };
}

/**
 * The active tokens a person created, entrusted to a colleague who answers for them from now on:
 * an active person who sees each token's organisation and holds every permission it carries.
 */
async function entrustTokens(
  ctx: ServiceContext,
  tx: Tx,
  from: { id: string; displayName: string },
  toPersonId: string,
) {
  const refuse = (message: string) =>
    new AppError("BAD_REQUEST", message, { "tokens.toPersonId": [message] });
  if (toPersonId === from.id) throw refuse("Choisissez une autre personne que celle désactivée.");
  const [to] = await tx
    .select({ person: people, org: organisations })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.orgId))
    .where(eq(people.id, toPersonId));
  if (!to) throw refuse("Personne inconnue.");
  if (!to.person.active) throw refuse(`${to.person.displayName} n'a pas de compte actif.`);
  const held = permissionsOf(
    await tx
      .select({ permissions: functions.permissions })
      .from(personFunctions)
      .innerJoin(functions, eq(functions.id, personFunctions.functionId))
      .where(eq(personFunctions.personId, to.person.id)),
  );
  const tokens = await tx
    .select({ token: apiTokens, operatorId: organisations.operatorId })
    .from(apiTokens)
    .innerJoin(organisations, eq(organisations.id, apiTokens.orgId))
    .where(and(eq(apiTokens.createdBy, from.id), isNull(apiTokens.revokedAt)));
  for (const { token, operatorId } of tokens) {
    const sees =
      token.orgId === to.org.id || (to.org.kind === "operator" && operatorId === to.org.id);
    if (!sees)
      throw refuse(
        `${to.person.displayName} ne voit pas l'organisation du jeton « ${token.name} ».`,
      );
    const missing = missingPermissions(held, permissionsOf([token]));
    if (missing.length)
      throw refuse(
        `${to.person.displayName} ne détient pas toutes les permissions du jeton « ${token.name} » (${missing.map((m) => permissionLabels[m]).join(", ")}).`,
      );
    await changeRecord(
      tx,
      ctx,
      apiTokens,
      { ...token, entity: "api-token" },
      { createdBy: to.person.id },
      {
        action: "token.entrust",
        before: { createdBy: from.id },
        after: { createdBy: to.person.id },
      },
    );
  }
}

export async function reactivatePerson(ctx: ServiceContext, input: { personId: string }) {
  return inTenant(ctx, async (tx) => {
    const p = await personInScope(tx, input.personId);
    if (p.active) throw new AppError("CONFLICT", "Cette personne est déjà active.");
    await changeRecord(
      tx,
      ctx,
      people,
      { ...p, entity: "person" },
      { active: true, deactivatedAt: null },
      { action: "person.reactivate", before: { active: false }, after: { active: true } },
    );
    return { ok: true as const };
  });
}
