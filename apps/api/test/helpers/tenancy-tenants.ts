/**
 * The tenants of the tenancy walk: attackers holding every permission of their side, and victims
 * with something of every kind an attacker would aim at (people, a token, a contract and a draft, a
 * saisine with its pieces). Everything is written as system work: the probes, not the setup, are
 * under test.
 */
import { PERMISSIONS } from "@mutu/domain";
import { schema, type Tx, withSystem } from "@mutu/db";
import { asc, eq, or } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Harness } from "../harness.ts";
import { someUuid, type Victim } from "./tenancy-probes.ts";
import { rgpdSnapshot } from "./tenancy-rgpd.ts";
import { saisineSnapshot, victimSaisine } from "./tenancy-saisines.ts";

export const pairs: [attacker: string, victim: string][] = [
  ["begles", "pessac"], // two communes of one operator
  ["begles", "redon"], // a commune and another operator's commune
  ["begles", "bordeaux-metropole"], // a commune and its own operator
  ["bordeaux-metropole", "redon-agglomeration"], // two operators
  ["bordeaux-metropole", "redon"], // an operator and another operator's member
  ["redon-agglomeration", "begles"],
];

/** A person added to an organisation, signing in with the password of the seed's people. */
async function addPerson(
  tx: Tx,
  orgId: string,
  email: string,
  displayName: string,
  more: Partial<typeof schema.people.$inferInsert> = {},
) {
  const [seeded] = await tx
    .select({ hash: schema.people.passwordHash })
    .from(schema.people)
    .limit(1);
  const [person] = await tx
    .insert(schema.people)
    .values({ orgId, email, displayName, passwordHash: seeded?.hash ?? "", ...more })
    .returning();
  if (!person) throw new Error(`setup: ${email}`);
  return person;
}

/**
 * A person of the organisation holding a function (of the organisation's side) that grants these
 * permissions, signing in as `email` with the seed's password.
 */
export async function armPerson(
  h: Harness,
  slug: string,
  email: string,
  permissions: readonly string[],
) {
  const org = h.orgs.find((o) => o.slug === slug);
  if (!org) throw new Error(slug);
  const operatorId = org.kind === "operator" ? org.id : (org.operatorId ?? "");
  await withSystem(h.database.db, async (tx) => {
    const [fn] = await tx
      .insert(schema.functions)
      .values({
        operatorId,
        code: `all-${email}`,
        label: "Tout",
        side: org.kind,
        permissions: [...permissions],
      })
      .returning();
    const p = await addPerson(tx, org.id, email, "Attaquant");
    if (!fn) throw new Error("setup");
    await tx
      .insert(schema.personFunctions)
      .values({ personId: p.id, functionId: fn.id, orgId: org.id });
  });
}

/** Each attacker gets a function with every permission of its side, and a person holding it. */
export async function armAttackers(h: Harness) {
  for (const slug of new Set(pairs.map(([a]) => a)))
    await armPerson(h, slug, `attaquant@${slug}.test`, PERMISSIONS);
  const cookies = new Map<string, string>();
  for (const slug of new Set(pairs.map(([a]) => a)))
    cookies.set(slug, await h.signIn(`attaquant@${slug}.test`));
  return cookies;
}

/** Each victim gets a token of its own, created by its own administrator. */
export async function prepareVictims(h: Harness) {
  const victims = new Map<string, Victim>();
  for (const slug of new Set(pairs.map(([, v]) => v))) {
    const org = h.orgs.find((o) => o.slug === slug);
    if (!org) throw new Error(slug);
    await withSystem(h.database.db, async (tx) => {
      const ppl = await tx
        .select()
        .from(schema.people)
        .where(eq(schema.people.orgId, org.id))
        .orderBy(asc(schema.people.email));
      // A former member, deactivated: a reactivation leaking across tenants would show.
      const former = await addPerson(tx, org.id, `ancien@${slug}.test`, "Ancien agent", {
        active: false,
        deactivatedAt: new Date(),
      });
      const [token] = await tx
        .insert(schema.apiTokens)
        .values({
          orgId: org.id,
          name: "victime",
          tokenHash: `hash-${slug}`,
          displayPrefix: "mutu_xxxx",
          permissions: ["org.read"],
          createdBy: ppl[0]?.id ?? "",
          expiresAt: new Date(Date.now() + 86_400_000),
        })
        .returning();
      const held = await tx
        .select()
        .from(schema.personFunctions)
        .where(eq(schema.personFunctions.orgId, org.id))
        .limit(1);
      // The contract an attacker would aim at: the victim's own, or one of its members' for an
      // operator (never an attacker's own, which its own operator may legitimately reach).
      const attackers = new Set(pairs.map(([a]) => h.orgId(a)));
      const candidates = await tx
        .select()
        .from(schema.contracts)
        .where(or(eq(schema.contracts.orgId, org.id), eq(schema.contracts.operatorId, org.id)))
        .orderBy(asc(schema.contracts.kind));
      const contract =
        org.kind === "commune"
          ? candidates.find((c) => c.orgId === org.id)
          : candidates.find((c) => !attackers.has(c.orgId));
      if (!contract) throw new Error(`no contract to probe for ${slug}`);
      const versions = await tx
        .select()
        .from(schema.contractVersions)
        .where(eq(schema.contractVersions.contractId, contract.id))
        .orderBy(asc(schema.contractVersions.seq));
      const signed = versions.find((v) => v.status === "signed");
      let draft = versions.find((v) => v.status === "draft");
      if (signed && !draft) {
        [draft] = await tx
          .insert(schema.contractVersions)
          .values({
            ...signed,
            id: undefined,
            seq: signed.seq + 100,
            status: "draft",
            signedOn: null,
            effectiveFrom: null,
            publishedAt: null,
          })
          .returning();
      }
      const saisine = await victimSaisine(tx, org, attackers, ppl[0]?.id ?? null);
      victims.set(slug, {
        orgId: org.id,
        personIds: [...ppl.map((p) => p.id), former.id],
        functionId: held[0]?.functionId ?? someUuid,
        tokenId: token?.id ?? someUuid,
        contractId: contract.id,
        versionIds: [signed?.id ?? someUuid, draft?.id ?? someUuid],
        ...saisine,
      });
    });
  }
  return victims;
}

/** Everything that belongs to a tenant, as the database holds it. */
export const tenantSnapshot = (
  h: Harness,
  orgId: string,
  contractId: string,
  saisineOrgId: string,
) =>
  withSystem(h.database.db, async (tx) => {
    /** The table's rows of the organisation, in a fixed order. */
    const ofOrg = <T extends { orgId: PgColumn }>(table: PgTable & T, ...order: PgColumn[]) =>
      tx
        .select()
        .from(table as PgTable)
        .where(eq(table.orgId, orgId))
        .orderBy(...order.map((c) => asc(c)));
    return {
      contracts: await tx
        .select()
        .from(schema.contracts)
        .where(or(eq(schema.contracts.orgId, orgId), eq(schema.contracts.id, contractId)))
        .orderBy(asc(schema.contracts.id)),
      versions: await tx
        .select()
        .from(schema.contractVersions)
        .where(
          or(
            eq(schema.contractVersions.orgId, orgId),
            eq(schema.contractVersions.contractId, contractId),
          ),
        )
        .orderBy(asc(schema.contractVersions.id)),
      memberships: await tx
        .select()
        .from(schema.memberships)
        .where(
          or(eq(schema.memberships.orgId, orgId), eq(schema.memberships.contractId, contractId)),
        )
        .orderBy(asc(schema.memberships.id)),
      org: await tx.select().from(schema.organisations).where(eq(schema.organisations.id, orgId)),
      people: await ofOrg(schema.people, schema.people.id),
      functions: await ofOrg(
        schema.personFunctions,
        schema.personFunctions.personId,
        schema.personFunctions.functionId,
      ),
      tokens: await ofOrg(schema.apiTokens, schema.apiTokens.id),
      sessions: await tx
        .select({ hash: schema.sessions.tokenHash, revokedAt: schema.sessions.revokedAt })
        .from(schema.sessions)
        .innerJoin(schema.people, eq(schema.people.id, schema.sessions.personId))
        .where(eq(schema.people.orgId, orgId)),
      saisines: await saisineSnapshot(tx, [orgId, saisineOrgId]),
      rgpd: await rgpdSnapshot(tx, [orgId, saisineOrgId]),
    };
  });
