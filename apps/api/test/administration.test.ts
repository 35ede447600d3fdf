/** People, functions, tokens, organisations and the audit trail, as the Métropole's IT department uses them. */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHarness, type Harness } from "./harness.ts";

type Person = {
  id: string;
  email: string;
  active: boolean;
  functions: { id: string; code: string }[];
};
type Fn = { id: string; code: string; side: string };

describe.each(drivers)("administration on %s", (driver) => {
  let h: Harness;
  let admin: string;
  let functions: Fn[];
  const fnId = (code: string) => functions.find((f) => f.code === code)?.id ?? "";

  beforeAll(async () => {
    h = await createHarness(driver);
    admin = await h.signIn("admin@bordeaux-metropole.mutu-demo.fr");
    functions = (await h.query("people.functions", undefined, { cookie: admin })).data as Fn[];
  });
  afterAll(() => h.close());

  const auditOf = (action: string) =>
    withSystem(h.database.db, (tx) =>
      tx.select().from(schema.auditLog).where(eq(schema.auditLog.action, action)),
    );

  test("the operator lists its 12 member communes with population and centre de proximité", async () => {
    const res = await h.query("organisations.list", undefined, { cookie: admin });
    const orgs = res.data as {
      name: string;
      kind: string;
      population: number;
      proximityCentre: string | null;
      communalReferent: unknown;
    }[];
    expect(orgs.filter((o) => o.kind === "commune")).toHaveLength(12);
    expect(orgs.find((o) => o.name === "Bègles")).toMatchObject({
      population: 30000,
      proximityCentre: "Centre proximité numérique Sud",
    });
    expect(orgs.some((o) => o.name === "Redon")).toBe(false);
  });

  test("create a person with a function; they can sign in; the audit trail has before/after", async () => {
    const res = await h.mutate(
      "people.create",
      {
        orgId: h.orgId("le-bouscat"),
        displayName: "Marie Nouvelle",
        email: "marie.nouvelle@lebouscat.fr",
        password: "un-mot-de-passe-solide",
        functionIds: [fnId("agent")],
      },
      { cookie: admin },
    );
    expect(res.status).toBe(200);
    const cookie = await h.signIn("marie.nouvelle@lebouscat.fr", "un-mot-de-passe-solide");
    const me = (await h.query("auth.me", undefined, { cookie })).data as {
      org: { name: string };
      permissions: string[];
    };
    expect(me.org.name).toBe("Le Bouscat");
    expect(me.permissions).toContain("saisines.create");
    const [entry] = await auditOf("person.create");
    expect(entry).toMatchObject({
      orgId: h.orgId("le-bouscat"),
      actorLabel: expect.any(String),
      entity: "person",
    });
    expect(entry?.after).toMatchObject({
      email: "marie.nouvelle@lebouscat.fr",
      displayName: "Marie Nouvelle",
    });
    expect(JSON.stringify(entry?.after)).not.toContain("passwordHash");
  });

  test("bad input: field errors in French, and nothing is written", async () => {
    const before = await withSystem(h.database.db, (tx) => tx.select().from(schema.people));
    const res = await h.mutate(
      "people.create",
      {
        orgId: h.orgId("pessac"),
        displayName: "X",
        email: "pas-une-adresse",
        password: "court",
        functionIds: [],
      },
      { cookie: admin },
    );
    expect(res.status).toBe(400);
    expect(res.error?.data.fieldErrors).toEqual({
      displayName: ["Indiquez le nom complet."],
      email: ["Adresse électronique invalide."],
      password: ["Le mot de passe doit contenir au moins 12 caractères."],
    });
    const wrongSide = await h.mutate(
      "people.create",
      {
        orgId: h.orgId("pessac"),
        displayName: "Paul Erreur",
        email: "paul.erreur@pessac.fr",
        password: "un-mot-de-passe-solide",
        functionIds: [fnId("rssi")],
      },
      { cookie: admin },
    );
    expect(wrongSide.status).toBe(400);
    expect(wrongSide.error?.message).toMatch(/propre au service commun/);
    const duplicate = await h.mutate(
      "people.create",
      {
        orgId: h.orgId("pessac"),
        displayName: "Double",
        email: "dgs@pessac.mutu-demo.fr",
        password: "un-mot-de-passe-solide",
        functionIds: [],
      },
      { cookie: admin },
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.error?.data.fieldErrors).toEqual({
      email: ["Adresse déjà utilisée dans cette organisation."],
    });
    expect(await withSystem(h.database.db, (tx) => tx.select().from(schema.people))).toEqual(
      before,
    );
  });

  test("assign and remove a function changes permissions at the next call", async () => {
    const people = (await h.query("people.list", { orgId: h.orgId("bruges") }, { cookie: admin }))
      .data as Person[];
    const agent = people.find((p) => p.email === "agent@bruges.mutu-demo.fr");
    if (!agent) throw new Error("agent");
    const cookie = await h.signIn(agent.email);
    expect((await h.query("people.list", {}, { cookie })).status).toBe(403);
    expect(
      (
        await h.mutate(
          "people.assignFunction",
          { personId: agent.id, functionId: fnId("dgs") },
          { cookie: admin },
        )
      ).status,
    ).toBe(200);
    expect((await h.query("people.list", {}, { cookie })).status).toBe(200);
    expect(
      (
        await h.mutate(
          "people.removeFunction",
          { personId: agent.id, functionId: fnId("dgs") },
          { cookie: admin },
        )
      ).status,
    ).toBe(200);
    expect((await h.query("people.list", {}, { cookie })).status).toBe(403);
    const refusals = await auditOf("access.denied");
    expect(
      refusals.filter((r) => r.entityId === "people.list" && r.orgId === h.orgId("bruges")).length,
    ).toBe(2);
  });

  test("deactivating a person ends their sessions at once and forbids sign-in", async () => {
    const cookie = await h.signIn("agent@carbon-blanc.mutu-demo.fr");
    const people = (
      await h.query("people.list", { orgId: h.orgId("carbon-blanc") }, { cookie: admin })
    ).data as Person[];
    const agent = people.find((p) => p.email === "agent@carbon-blanc.mutu-demo.fr");
    expect(
      (await h.mutate("people.deactivate", { personId: agent?.id }, { cookie: admin })).status,
    ).toBe(200);
    expect((await h.query("auth.me", undefined, { cookie })).status).toBe(401);
    const again = await h.mutate("auth.signIn", {
      email: "agent@carbon-blanc.mutu-demo.fr",
      password: "demo-mutu-2026",
    });
    expect(again.status).toBe(401);
    const revoked = await withSystem(h.database.db, (tx) =>
      tx
        .select()
        .from(schema.sessions)
        .where(eq(schema.sessions.personId, agent?.id ?? "")),
    );
    expect(revoked.every((s) => s.revokedAt !== null)).toBe(true);
  });

  test("reactivating a deactivated person lets them sign in again, audited", async () => {
    const people = (
      await h.query("people.list", { orgId: h.orgId("carbon-blanc") }, { cookie: admin })
    ).data as Person[];
    const agent = people.find((p) => p.email === "agent@carbon-blanc.mutu-demo.fr");
    expect(agent?.active).toBe(false);
    // Deactivation's permission (people.manage): a commune's DGS does not hold it.
    const dgs = await h.signIn("dgs@carbon-blanc.mutu-demo.fr");
    expect(
      (await h.mutate("people.reactivate", { personId: agent?.id }, { cookie: dgs })).status,
    ).toBe(403);
    const reactivated = await h.mutate(
      "people.reactivate",
      { personId: agent?.id },
      { cookie: admin },
    );
    expect(reactivated.status, reactivated.error?.message).toBe(200);
    expect(reactivated.data).toEqual({ ok: true });
    const [row] = await withSystem(h.database.db, (tx) =>
      tx
        .select()
        .from(schema.people)
        .where(eq(schema.people.id, agent?.id ?? "")),
    );
    expect(row).toMatchObject({ active: true, deactivatedAt: null });
    const cookie = await h.signIn("agent@carbon-blanc.mutu-demo.fr");
    expect((await h.query("auth.me", undefined, { cookie })).status).toBe(200);
    const audited = await auditOf("person.reactivate");
    expect(audited.filter((a) => a.entityId === agent?.id)).toEqual([
      expect.objectContaining({ before: { active: false }, after: { active: true } }),
    ]);

    const again = await h.mutate("people.reactivate", { personId: agent?.id }, { cookie: admin });
    expect(again.status).toBe(409);
    expect(again.error?.message).toBe("Cette personne est déjà active.");
    expect(await auditOf("person.reactivate")).toHaveLength(audited.length);
  });

  test("an API token: shown once, stored hashed, scoped, usable, revocable", async () => {
    const created = await h.mutate(
      "tokens.create",
      {
        orgId: h.orgId("bordeaux-metropole"),
        name: "Téléphonie CAN",
        permissions: ["org.read", "saisines.create"],
        expiresInDays: 90,
      },
      { cookie: admin },
    );
    const token = created.data as { id: string; secret: string };
    expect(token.secret).toMatch(/^mutu_[\w-]{43}$/);
    const stored = await withSystem(h.database.db, (tx) =>
      tx.select().from(schema.apiTokens).where(eq(schema.apiTokens.id, token.id)),
    );
    expect(JSON.stringify(stored)).not.toContain(token.secret);
    const listed = (await h.query("tokens.list", undefined, { cookie: admin })).data;
    expect(JSON.stringify(listed)).not.toContain(token.secret);

    const orgs = await h.query("organisations.list", undefined, { token: token.secret });
    expect(orgs.status).toBe(200);
    const forbidden = await h.query("people.list", {}, { token: token.secret });
    expect(forbidden.status).toBe(403);
    const tooMuch = await h.mutate(
      "tokens.create",
      {
        orgId: h.orgId("bordeaux-metropole"),
        name: "Escalade",
        permissions: ["tokens.manage"],
        expiresInDays: 1,
      },
      { token: token.secret },
    );
    expect(tooMuch.status).toBe(403);

    expect((await h.mutate("tokens.revoke", { tokenId: token.id }, { cookie: admin })).status).toBe(
      200,
    );
    const after = await h.query("organisations.list", undefined, { token: token.secret });
    expect(after.status).toBe(401);
    expect(after.error?.message).toBe("Jeton d'API invalide, expiré ou révoqué.");
  });

  test("a person cannot grant a token more than they hold", async () => {
    const can = await h.signIn("can@bordeaux-metropole.mutu-demo.fr");
    const res = await h.mutate(
      "tokens.create",
      {
        orgId: h.orgId("bordeaux-metropole"),
        name: "Test",
        permissions: ["org.read"],
        expiresInDays: 1,
      },
      { cookie: can },
    );
    expect(res.status).toBe(403); // the call-centre agent may not manage tokens at all
  });

  test("the communal referent is an operator person; the audit trail filters and verifies", async () => {
    const staff = (
      await h.query("people.list", { orgId: h.orgId("bordeaux-metropole") }, { cookie: admin })
    ).data as Person[];
    const referent = staff.find((p) => p.email === "referent-sud@bordeaux-metropole.mutu-demo.fr");
    const ok = await h.mutate(
      "organisations.setCommunalReferent",
      { orgId: h.orgId("pessac"), personId: referent?.id },
      { cookie: admin },
    );
    expect(ok.status).toBe(200);
    const commune = (await h.query("people.list", { orgId: h.orgId("pessac") }, { cookie: admin }))
      .data as Person[];
    const wrong = await h.mutate(
      "organisations.setCommunalReferent",
      { orgId: h.orgId("pessac"), personId: commune[0]?.id },
      { cookie: admin },
    );
    expect(wrong.status).toBe(400);
    const pessac = (
      await h.query("organisations.get", { orgId: h.orgId("pessac") }, { cookie: admin })
    ).data as { communalReferent: { id: string } };
    expect(pessac.communalReferent.id).toBe(referent?.id);

    const page = (
      await h.query(
        "audit.list",
        { orgId: h.orgId("pessac"), action: "organisation.", limit: 10 },
        { cookie: admin },
      )
    ).data as { entries: { action: string; before: unknown; after: unknown }[] };
    expect(page.entries[0]).toMatchObject({
      action: "organisation.set-referent",
      before: { communalReferentId: null },
      after: { communalReferentId: referent?.id },
    });
    const chains = (await h.query("audit.verify", undefined, { cookie: admin })).data as {
      ok: boolean;
    }[];
    expect(chains.length).toBeGreaterThan(1);
    expect(chains.every((c) => c.ok)).toBe(true);
  });
});
