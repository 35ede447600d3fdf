/**
 * Every procedure of the router, enumerated from the router itself, is called by identities of two
 * communes and two operators against another tenant's data. None may read or change it. A new
 * procedure without a probe here fails the test, so coverage cannot silently lag behind the API.
 */
import { PERMISSIONS } from "@mutu/domain";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { appRouter } from "../src/root.ts";
import { createHarness, type Harness } from "./harness.ts";

type Victim = { orgId: string; personIds: string[]; functionId: string; tokenId: string };
type Probe = { kind: "query" | "mutation"; inputs: (v: Victim) => unknown[] };

const someUuid = "00000000-0000-4000-8000-000000000000";

/** For each procedure, the inputs an attacker would try against the victim. */
const probes: Record<string, Probe> = {
  "auth.signIn": { kind: "mutation", inputs: () => [] }, // public: it authenticates, reads no tenant data
  "auth.signOut": { kind: "mutation", inputs: () => [undefined] },
  "auth.me": { kind: "query", inputs: () => [undefined] },
  "organisations.list": { kind: "query", inputs: () => [undefined] },
  "organisations.get": { kind: "query", inputs: (v) => [{ orgId: v.orgId }] },
  "organisations.setCommunalReferent": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.orgId, personId: null },
      { orgId: v.orgId, personId: v.personIds[0] },
    ],
  },
  "people.list": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "people.functions": { kind: "query", inputs: () => [undefined] },
  "people.create": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.orgId,
        displayName: "Intrus Malveillant",
        email: `intrus-${v.orgId.slice(0, 8)}@exemple.fr`,
        password: "mot-de-passe-tres-long",
        functionIds: [],
      },
    ],
  },
  "people.assignFunction": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId, functionId: v.functionId })),
  },
  "people.removeFunction": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId, functionId: v.functionId })),
  },
  "people.deactivate": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId })),
  },
  "tokens.list": { kind: "query", inputs: () => [undefined] },
  "tokens.create": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.orgId, name: "Jeton intrus", permissions: ["org.read"], expiresInDays: 30 },
    ],
  },
  "tokens.revoke": { kind: "mutation", inputs: (v) => [{ tokenId: v.tokenId }] },
  "audit.list": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "audit.verify": { kind: "query", inputs: () => [undefined] },
};

const pairs: [attacker: string, victim: string][] = [
  ["begles", "pessac"], // two communes of one operator
  ["begles", "redon"], // a commune and another operator's commune
  ["begles", "bordeaux-metropole"], // a commune and its own operator
  ["bordeaux-metropole", "redon-agglomeration"], // two operators
  ["bordeaux-metropole", "redon"], // an operator and another operator's member
  ["redon-agglomeration", "begles"],
];

describe.each(drivers)("tenant isolation of every procedure on %s", (driver) => {
  let h: Harness;
  const cookies = new Map<string, string>();
  const victims = new Map<string, Victim>();

  beforeAll(async () => {
    h = await createHarness(driver);
    // Attackers hold every permission their side can have, so only tenancy stands in their way.
    await withSystem(h.database.db, async (tx) => {
      for (const slug of new Set(pairs.map(([a]) => a))) {
        const org = h.orgs.find((o) => o.slug === slug);
        if (!org) throw new Error(slug);
        const operatorId = org.kind === "operator" ? org.id : (org.operatorId ?? "");
        const [fn] = await tx
          .insert(schema.functions)
          .values({
            operatorId,
            code: `all-${slug}`,
            label: "Tout",
            side: org.kind,
            permissions: [...PERMISSIONS],
          })
          .returning();
        const [p] = await tx
          .insert(schema.people)
          .values({
            orgId: org.id,
            email: `attaquant@${slug}.test`,
            displayName: "Attaquant",
            passwordHash: (await tx.select().from(schema.people).limit(1))[0]?.passwordHash ?? "",
          })
          .returning();
        if (!fn || !p) throw new Error("setup");
        await tx
          .insert(schema.personFunctions)
          .values({ personId: p.id, functionId: fn.id, orgId: org.id });
      }
    });
    for (const slug of new Set(pairs.map(([a]) => a)))
      cookies.set(slug, await h.signIn(`attaquant@${slug}.test`));
    // Each victim gets a token of its own, created by its own administrator.
    for (const slug of new Set(pairs.map(([, v]) => v))) {
      const org = h.orgs.find((o) => o.slug === slug);
      if (!org) throw new Error(slug);
      await withSystem(h.database.db, async (tx) => {
        const ppl = await tx
          .select()
          .from(schema.people)
          .where(eq(schema.people.orgId, org.id))
          .orderBy(asc(schema.people.email));
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
        victims.set(slug, {
          orgId: org.id,
          personIds: ppl.map((p) => p.id),
          functionId: held[0]?.functionId ?? someUuid,
          tokenId: token?.id ?? someUuid,
        });
      });
    }
  });
  afterAll(() => h.close());

  /** Everything that belongs to a tenant, as the database holds it. */
  const snapshot = (orgId: string) =>
    withSystem(h.database.db, async (tx) => ({
      org: await tx.select().from(schema.organisations).where(eq(schema.organisations.id, orgId)),
      people: await tx
        .select()
        .from(schema.people)
        .where(eq(schema.people.orgId, orgId))
        .orderBy(asc(schema.people.id)),
      functions: await tx
        .select()
        .from(schema.personFunctions)
        .where(eq(schema.personFunctions.orgId, orgId))
        .orderBy(asc(schema.personFunctions.personId), asc(schema.personFunctions.functionId)),
      tokens: await tx
        .select()
        .from(schema.apiTokens)
        .where(eq(schema.apiTokens.orgId, orgId))
        .orderBy(asc(schema.apiTokens.id)),
      sessions: await tx
        .select({ hash: schema.sessions.tokenHash, revokedAt: schema.sessions.revokedAt })
        .from(schema.sessions)
        .innerJoin(schema.people, eq(schema.people.id, schema.sessions.personId))
        .where(eq(schema.people.orgId, orgId)),
    }));

  test("every procedure of the router has a probe", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures.length).toBeGreaterThan(10);
    expect(procedures.filter((p) => !probes[p])).toEqual([]);
  });

  for (const [attacker, victimSlug] of pairs) {
    test(`${attacker} cannot read or change ${victimSlug}`, async () => {
      const victim = victims.get(victimSlug);
      let cookie = cookies.get(attacker);
      if (!victim || !cookie) throw new Error("setup");
      // Victims' sessions exist, so a leak through sign-out or deactivation would show.
      const victimCookie = await h.signIn(
        (
          await withSystem(h.database.db, (tx) =>
            tx
              .select({ email: schema.people.email })
              .from(schema.people)
              .where(inArray(schema.people.id, victim.personIds.slice(0, 1))),
          )
        )[0]?.email ?? "",
      );
      const before = await snapshot(victim.orgId);
      // A commune's own record names its operator (operatorId): that id is no secret to the commune;
      // the operator's people and tokens are.
      const ownOperator = h.orgs.find((o) => o.slug === attacker)?.operatorId === victim.orgId;
      const secrets = [...(ownOperator ? [] : [victim.orgId]), ...victim.personIds, victim.tokenId];
      let calls = 0;
      for (const path of Object.keys(appRouter._def.procedures)) {
        const probe = probes[path];
        if (!probe) continue;
        for (const input of probe.inputs(victim)) {
          const res =
            probe.kind === "query"
              ? await h.query(path, input, { cookie })
              : await h.mutate(path, input, { cookie });
          calls++;
          const body = JSON.stringify(res.data ?? null);
          for (const secret of secrets)
            expect(body, `${path} leaked ${secret}`).not.toContain(secret);
          if (res.error)
            expect(
              ["FORBIDDEN", "NOT_FOUND", "BAD_REQUEST"],
              `${path}: ${res.error.message}`,
            ).toContain(res.error.data.code);
          if (path === "auth.signOut") cookie = await h.signIn(`attaquant@${attacker}.test`);
        }
      }
      expect(calls).toBeGreaterThan(15);
      expect(await snapshot(victim.orgId)).toEqual(before);
      expect((await h.query("auth.me", undefined, { cookie: victimCookie })).status).toBe(200);
    });
  }

  test("the attacker's own tenant is reachable (the probes are not refused for another reason)", async () => {
    const cookie = await h.signIn("attaquant@begles.test");
    const own = await h.query("people.list", { orgId: h.orgId("begles") }, { cookie });
    expect((own.data as unknown[]).length).toBeGreaterThan(1);
    const created = await h.mutate(
      "tokens.create",
      {
        orgId: h.orgId("begles"),
        name: "Outil interne",
        permissions: ["org.read"],
        expiresInDays: 30,
      },
      { cookie },
    );
    expect(created.status).toBe(200);
  });
});
