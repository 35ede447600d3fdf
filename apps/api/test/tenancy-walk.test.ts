/**
 * Every procedure of the router, enumerated from the router itself, is called by identities of two
 * communes and two operators against another tenant's data. None may read or change it. A new
 * procedure without a probe (`helpers/tenancy-probes.ts`) fails the test, so coverage cannot
 * silently lag behind the API.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { appRouter } from "@mutu/api";
import { createHarness, type Harness } from "./harness.ts";
import { saisineInput } from "./helpers/saisines.ts";
import { probes, someUuid, type Victim } from "./helpers/tenancy-probes.ts";
import { armAttackers, pairs, prepareVictims, tenantSnapshot } from "./helpers/tenancy-tenants.ts";

describe.each(drivers)("tenant isolation of every procedure on %s", (driver) => {
  let h: Harness;
  let cookies = new Map<string, string>();
  let victims = new Map<string, Victim>();

  beforeAll(async () => {
    h = await createHarness(driver);
    // Attackers hold every permission their side can have, so only tenancy stands in their way.
    cookies = await armAttackers(h);
    victims = await prepareVictims(h);
  });
  afterAll(() => h.close());

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
      const before = await tenantSnapshot(h, victim.orgId, victim.contractId, victim.saisineOrgId);
      // A commune's own record names its operator (operatorId): that id is no secret to the commune;
      // the operator's people and tokens are.
      const ownOperator = h.orgs.find((o) => o.slug === attacker)?.operatorId === victim.orgId;
      const secrets = [
        ...(ownOperator ? [] : [victim.orgId]),
        ...victim.personIds,
        victim.tokenId,
        victim.contractId,
        ...victim.versionIds.filter((id) => id !== someUuid),
        victim.saisineId,
        victim.saisineReference,
        victim.attachmentId,
        victim.arbitrationId,
        victim.notificationId,
        victim.entryId,
        victim.entryEvidence,
        "Note interne de la victime",
      ];
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
          if (path === "auth.signOut") {
            // Signed out: the attacker signs in again, for this walk and the next ones.
            cookie = await h.signIn(`attaquant@${attacker}.test`);
            cookies.set(attacker, cookie);
          }
        }
      }
      expect(calls).toBeGreaterThan(15);
      expect(await tenantSnapshot(h, victim.orgId, victim.contractId, victim.saisineOrgId)).toEqual(
        before,
      );
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
    const contract = await h.query("contracts.current", {}, { cookie });
    expect(contract.status).toBe(200);
    const { id } = (contract.data as { contract: { id: string } }).contract;
    expect((await h.query("contracts.history", { contractId: id }, { cookie })).status).toBe(200);
    // The operator reaches its members' contracts and memberships with the same probes.
    const operator = await h.signIn("attaquant@redon-agglomeration.test");
    expect(
      (await h.query("memberships.get", { orgId: h.orgId("redon") }, { cookie: operator })).status,
    ).toBe(200);
    const metropole = await h.signIn("attaquant@bordeaux-metropole.test");
    const pessac = await h.query(
      "contracts.current",
      { orgId: h.orgId("pessac") },
      { cookie: metropole },
    );
    expect(pessac.status).toBe(200);
    // Saisines: the commune files and lists its own; its operator finds it in the queue.
    const filed = await h.mutate(
      "saisines.create",
      saisineInput(h.orgId("begles"), {
        criticality: "bloquant",
        title: "Saisine légitime de Bègles",
      }),
      { cookie },
    );
    expect(filed.status, filed.error?.message).toBe(200);
    const { id: saisineId } = filed.data as { id: string };
    const mine = await h.query("saisines.list", {}, { cookie });
    expect((mine.data as { items: { id: string }[] }).items.map((i) => i.id)).toContain(saisineId);
    const queue = await h.query(
      "saisines.queue",
      { orgIds: [h.orgId("begles")] },
      { cookie: metropole },
    );
    expect((queue.data as { items: { id: string }[] }).items.map((i) => i.id)).toContain(saisineId);
    expect((await h.query("saisines.get", { saisineId }, { cookie: metropole })).status).toBe(200);
  });
});
