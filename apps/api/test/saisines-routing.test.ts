/**
 * Routing and qualification through the real API, on both drivers: what the contract cannot route
 * is refused with nothing written, filers the matrix does not name are flagged for qualification,
 * a requalified saisine is re-routed, retimed and audited.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { and, count, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { type Filed, useSaisineClock } from "./helpers/saisines.ts";

describe.each(drivers)("saisine routing on %s", (driver) => {
  const t = useSaisineClock(driver, "2026-06-01T09:00:00+02:00");
  const written = () =>
    withSystem(t.h.database.db, async (tx) => ({
      saisines: (await tx.select({ n: count() }).from(schema.saisines))[0]?.n,
      counters: await tx.select().from(schema.saisineCounters),
      events: (await tx.select({ n: count() }).from(schema.saisineEvents))[0]?.n,
    }));

  test("what the contract cannot route is refused in French, field by field, and nothing is written", async () => {
    const { at, as, create } = t;
    at("2026-06-01T09:00:00+02:00");
    const before = await written();
    // Le Taillan-Médoc did not mutualise sub-domain A (000 art. 3).
    const taillan = await create(
      await as("dgs@le-taillan-medoc.mutu-demo.fr"),
      "le-taillan-medoc",
      { type: "demande", subDomain: "A" },
    );
    expect(taillan.status).toBe(400);
    expect(taillan.error?.message).toMatch(/n'a pas mutualisé le sous-domaine A/);
    expect(taillan.error?.data.fieldErrors?.subDomain?.[0]).toMatch(/mutualisé/);
    // Blanquefort's matrix names nobody for an exceptional B saisine.
    const blanquefort = await create(await as("dgs@blanquefort.mutu-demo.fr"), "blanquefort", {
      subDomain: "B",
      nature: "exceptionnelle",
      type: "demande",
    });
    expect(blanquefort.status).toBe(400);
    expect(blanquefort.error?.message).toMatch(/ne désigne aucun interlocuteur du service commun/);
    expect(Object.keys(blanquefort.error?.data.fieldErrors ?? {}).sort()).toEqual([
      "nature",
      "subDomain",
    ]);
    // Unknown sub-domain and nature: refused by the input schema, in French.
    const unknown = await create(await as("agent@begles.mutu-demo.fr"), "begles", {
      subDomain: "E",
      nature: "banale",
    });
    expect(unknown.status).toBe(400);
    expect(unknown.error?.data.fieldErrors?.subDomain).toEqual([
      "Sous-domaine inconnu : A, B, C ou D attendu.",
    ]);
    expect(unknown.error?.data.fieldErrors?.nature?.[0]).toMatch(/Nature de saisine inconnue/);
    // Another commune: unknown to a Bègles agent (never « forbidden », no probing).
    const other = await create(await as("agent@begles.mutu-demo.fr"), "pessac");
    expect(other.status).toBe(404);
    expect(await written()).toEqual(before);
  });

  test("a filer the matrix does not name is accepted and flagged; without usable hours due dates stay unknown", async () => {
    const { h, at, as, create } = t;
    at("2026-06-01T09:00:00+02:00");
    // Bègles: an ordinary B request is filed by the « Chef de projet - maîtrise d'usage ».
    const agent = await create(await as("agent@begles.mutu-demo.fr"), "begles", {
      type: "demande",
      subDomain: "B",
      title: "Paramétrage Ciril RH",
    });
    expect(agent.status, agent.error?.message).toBe(200);
    const flagged = agent.data as Filed;
    expect(flagged.needsQualification).toBe(true);
    expect(flagged.qualificationReason).toMatch(/Chef de projet - maîtrise d'usage.*à qualifier/);
    const referent = await create(await as("referent@begles.mutu-demo.fr"), "begles", {
      type: "demande",
      subDomain: "B",
      title: "Paramétrage Ciril RH",
    });
    expect((referent.data as Filed).needsQualification).toBe(false);
    // Mérignac's annex has no hours one can compute on: accepted, due dates unknown.
    const merignac = await create(await as("agent@merignac.mutu-demo.fr"), "merignac");
    expect(merignac.status, merignac.error?.message).toBe(200);
    expect(merignac.data).toMatchObject({ handlingDueAt: null, resolutionDueAt: null });
    const detail = await h.query(
      "saisines.get",
      { saisineId: (merignac.data as Filed).id },
      { cookie: await as("agent@merignac.mutu-demo.fr") },
    );
    expect(detail.data).toMatchObject({ clocks: { calendarUsable: false, handling: null } });
  });

  test("the call centre registers a call for a commune person and requalifies it: re-routed, retimed, audited", async () => {
    const { h, at, as, create } = t;
    at("2026-06-01T09:00:00+02:00");
    const can = await as("can@bordeaux-metropole.mutu-demo.fr");
    const people = (await h.query("people.list", { orgId: h.orgId("begles") }, { cookie: can }))
      .data as { id: string; email: string }[];
    const requester = people.find((p) => p.email === "agent@begles.mutu-demo.fr");
    const portal = await create(can, "begles", { requesterId: requester?.id });
    expect(portal.status).toBe(400);
    expect(portal.error?.data.fieldErrors?.channel).toBeDefined();
    const res = await create(can, "begles", {
      requesterId: requester?.id,
      channel: "telephone",
      title: "Serveur de fichiers inaccessible",
    });
    expect(res.status, res.error?.message).toBe(200);
    const filed = res.data as Filed;
    // C incident, non-bloquant: 1,440 min from Mon 1 June 9:00 → Mon 570, Thu 510, Fri 360 → 14:30.
    expect(filed.resolutionDueAt).toBe("2026-06-05T12:30:00.000Z");
    expect(filed.sharedServiceFunction).toBe("Centre d'appel");

    at("2026-06-01T10:00:00+02:00");
    const qualified = await h.mutate(
      "saisines.qualify",
      {
        saisineId: filed.id,
        version: 1,
        subDomain: "D",
        nature: "urgence",
        criticality: "bloquant",
        note: "Tous les services sont touchés.",
      },
      { cookie: await as("can@bordeaux-metropole.mutu-demo.fr") },
    );
    expect(qualified.status, qualified.error?.message).toBe(200);
    // Hosting incident, bloquant: 4.1.2 (240 min) from filing, the clock never restarted → 13:00.
    expect(qualified.data).toMatchObject({
      status: "qualifiee",
      version: 2,
      handlingDueAt: null,
      resolutionDueAt: "2026-06-01T11:00:00.000Z",
    });
    const detail = (
      await h.query(
        "saisines.get",
        { saisineId: filed.id },
        { cookie: await as("can@bordeaux-metropole.mutu-demo.fr") },
      )
    ).data as {
      routing: { sharedServiceFunction: string; communeFunction: string };
      channel: string;
    };
    expect(detail.channel).toBe("telephone");
    expect(detail.routing).toMatchObject({
      sharedServiceFunction: "Directeur des Infrastructures et de la Production",
      communeFunction: "Chef de service en charge de l'application",
    });
    const [entry] = await withSystem(h.database.db, (tx) =>
      tx
        .select()
        .from(schema.auditLog)
        .where(
          and(
            eq(schema.auditLog.entityId, filed.id),
            eq(schema.auditLog.action, "saisine.qualify"),
          ),
        ),
    );
    expect(entry?.before).toMatchObject({ subDomain: "C", nature: "ordinaire", version: 1 });
    expect(entry?.after).toMatchObject({
      subDomain: "D",
      nature: "urgence",
      criticality: "bloquant",
      version: 2,
      requalified: { before: { sharedServiceFunction: "Centre d'appel" } },
    });
  });
});
