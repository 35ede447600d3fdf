/**
 * The contract's rules on saisines through the real API, on both drivers: routing refusals with
 * nothing written, filers flagged for qualification, requalification re-routed and audited,
 * exceptional saisines waiting for the managers' decision, arbitration levels, the yearly recap,
 * and closing only after the commune's confirmation delay.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHarness, type Harness } from "./harness.ts";

type Result = {
  id: string;
  version: number;
  status: string;
  reference: string;
  handlingDueAt: string | null;
  resolutionDueAt: string | null;
  needsQualification: boolean;
  qualificationReason?: string | null;
  sharedServiceFunction?: string;
};

const saisine = (orgId: string, overrides: Record<string, unknown> = {}) => ({
  orgId,
  type: "incident",
  subDomain: "C",
  nature: "ordinaire",
  criticality: "non-bloquant",
  title: "Poste de travail bloqué au démarrage",
  description: "Écran bleu au démarrage depuis la mise à jour.",
  ...overrides,
});

const managers = {
  communeManager: { name: "Camille Martin", function: "Directrice générale des services" },
  sharedServiceManager: { name: "Julien Bernard", function: "Directeur général du service commun" },
};

describe.each(drivers)("saisine rules on %s", (driver) => {
  let h: Harness;
  let now = new Date("2026-06-01T09:00:00+02:00");
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const as = (email: string) => h.signIn(email);

  beforeAll(async () => {
    h = await createHarness(driver, { now: () => now });
  });
  afterAll(() => h.close());

  const written = () =>
    withSystem(h.database.db, async (tx) => ({
      saisines: (await tx.select({ n: count() }).from(schema.saisines))[0]?.n,
      counters: await tx.select().from(schema.saisineCounters),
      events: (await tx.select({ n: count() }).from(schema.saisineEvents))[0]?.n,
    }));

  test("what the contract cannot route is refused in French, field by field, and nothing is written", async () => {
    at("2026-06-01T09:00:00+02:00");
    const before = await written();
    // Le Taillan-Médoc did not mutualise sub-domain A (000 art. 3).
    const taillan = await h.mutate(
      "saisines.create",
      saisine(h.orgId("le-taillan-medoc"), { type: "demande", subDomain: "A" }),
      { cookie: await as("dgs@le-taillan-medoc.mutu-demo.fr") },
    );
    expect(taillan.status).toBe(400);
    expect(taillan.error?.message).toMatch(/n'a pas mutualisé le sous-domaine A/);
    expect(taillan.error?.data.fieldErrors?.subDomain?.[0]).toMatch(/mutualisé/);
    // Blanquefort's matrix names nobody for an exceptional B saisine.
    const blanquefort = await h.mutate(
      "saisines.create",
      saisine(h.orgId("blanquefort"), {
        subDomain: "B",
        nature: "exceptionnelle",
        type: "demande",
      }),
      { cookie: await as("dgs@blanquefort.mutu-demo.fr") },
    );
    expect(blanquefort.status).toBe(400);
    expect(blanquefort.error?.message).toMatch(/ne désigne aucun interlocuteur du service commun/);
    expect(Object.keys(blanquefort.error?.data.fieldErrors ?? {}).sort()).toEqual([
      "nature",
      "subDomain",
    ]);
    // Unknown sub-domain and nature: refused by the input schema, in French.
    const unknown = await h.mutate(
      "saisines.create",
      saisine(h.orgId("begles"), { subDomain: "E", nature: "banale" }),
      { cookie: await as("agent@begles.mutu-demo.fr") },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.error?.data.fieldErrors?.subDomain).toEqual([
      "Sous-domaine inconnu : A, B, C ou D attendu.",
    ]);
    expect(unknown.error?.data.fieldErrors?.nature?.[0]).toMatch(/Nature de saisine inconnue/);
    // Another commune: unknown to a Bègles agent (never « forbidden », no probing).
    const other = await h.mutate("saisines.create", saisine(h.orgId("pessac")), {
      cookie: await as("agent@begles.mutu-demo.fr"),
    });
    expect(other.status).toBe(404);
    expect(await written()).toEqual(before);
  });

  test("a filer the matrix does not name is accepted and flagged; without usable hours due dates stay unknown", async () => {
    at("2026-06-01T09:00:00+02:00");
    // Bègles: an ordinary B request is filed by the « Chef de projet - maîtrise d'usage ».
    const agent = await h.mutate(
      "saisines.create",
      saisine(h.orgId("begles"), {
        type: "demande",
        subDomain: "B",
        title: "Paramétrage Ciril RH",
      }),
      { cookie: await as("agent@begles.mutu-demo.fr") },
    );
    expect(agent.status, agent.error?.message).toBe(200);
    const flagged = agent.data as Result;
    expect(flagged.needsQualification).toBe(true);
    expect(flagged.qualificationReason).toMatch(/Chef de projet - maîtrise d'usage.*à qualifier/);
    const referent = await h.mutate(
      "saisines.create",
      saisine(h.orgId("begles"), {
        type: "demande",
        subDomain: "B",
        title: "Paramétrage Ciril RH",
      }),
      { cookie: await as("referent@begles.mutu-demo.fr") },
    );
    expect((referent.data as Result).needsQualification).toBe(false);
    // Mérignac's annex has no hours one can compute on: accepted, due dates unknown.
    const merignac = await h.mutate("saisines.create", saisine(h.orgId("merignac")), {
      cookie: await as("agent@merignac.mutu-demo.fr"),
    });
    expect(merignac.status, merignac.error?.message).toBe(200);
    expect(merignac.data).toMatchObject({ handlingDueAt: null, resolutionDueAt: null });
    const detail = await h.query(
      "saisines.get",
      { saisineId: (merignac.data as Result).id },
      { cookie: await as("agent@merignac.mutu-demo.fr") },
    );
    expect(detail.data).toMatchObject({ clocks: { calendarUsable: false, handling: null } });
  });

  test("the call centre registers a call for a commune person and requalifies it: re-routed, retimed, audited", async () => {
    at("2026-06-01T09:00:00+02:00");
    const can = await as("can@bordeaux-metropole.mutu-demo.fr");
    const people = (await h.query("people.list", { orgId: h.orgId("begles") }, { cookie: can }))
      .data as { id: string; email: string }[];
    const requester = people.find((p) => p.email === "agent@begles.mutu-demo.fr");
    const portal = await h.mutate(
      "saisines.create",
      saisine(h.orgId("begles"), { requesterId: requester?.id }),
      { cookie: can },
    );
    expect(portal.status).toBe(400);
    expect(portal.error?.data.fieldErrors?.channel).toBeDefined();
    const res = await h.mutate(
      "saisines.create",
      saisine(h.orgId("begles"), {
        requesterId: requester?.id,
        channel: "telephone",
        title: "Serveur de fichiers inaccessible",
      }),
      { cookie: can },
    );
    expect(res.status, res.error?.message).toBe(200);
    const filed = res.data as Result;
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

  test("an exceptional saisine waits for both managers' decision before any work", async () => {
    at("2026-06-02T09:00:00+02:00");
    const dgs = await as("dgs@begles.mutu-demo.fr");
    const res = await h.mutate(
      "saisines.create",
      saisine(h.orgId("begles"), {
        type: "demande",
        subDomain: "A",
        nature: "exceptionnelle",
        title: "Accompagnement du vote électronique du conseil municipal",
      }),
      { cookie: dgs },
    );
    expect(res.status, res.error?.message).toBe(200);
    const filed = res.data as Result;
    expect(filed).toMatchObject({
      status: "decision-attendue",
      needsQualification: false,
      sharedServiceFunction: "Directeur Général du service commun",
      handlingDueAt: null,
      resolutionDueAt: null,
    });
    const can = await as("can@bordeaux-metropole.mutu-demo.fr");
    for (const [path, input] of [
      ["saisines.start", { saisineId: filed.id, version: 1 }],
      ["saisines.resolve", { saisineId: filed.id, version: 1, note: "Fait." }],
    ] as const) {
      const refused = await h.mutate(path, input, { cookie: can });
      expect(refused.status).toBe(400);
      expect(refused.error?.message).toMatch(/avant la décision des responsables/);
    }
    const noMeans = await h.mutate(
      "saisines.decideExceptional",
      {
        saisineId: filed.id,
        version: 1,
        outcome: "acceptee",
        decidedOn: "2026-06-03",
        reasons: "Projet prioritaire du mandat.",
        ...managers,
      },
      { cookie: can },
    );
    expect(noMeans.status).toBe(400);
    expect(noMeans.error?.data.fieldErrors?.adaptedMeans?.[0]).toMatch(/moyens adaptés/);
    at("2026-06-03T10:00:00+02:00");
    const accepted = await h.mutate(
      "saisines.decideExceptional",
      {
        saisineId: filed.id,
        version: 1,
        outcome: "acceptee",
        decidedOn: "2026-06-03",
        reasons: "Projet prioritaire du mandat.",
        adaptedMeans: "Deux jours de chef de projet, pris sur le volume projet de 2026.",
        ...managers,
      },
      { cookie: await as("can@bordeaux-metropole.mutu-demo.fr") },
    );
    expect(accepted.status, accepted.error?.message).toBe(200);
    expect(accepted.data).toMatchObject({ status: "qualifiee", version: 2 });
    const started = await h.mutate(
      "saisines.start",
      { saisineId: filed.id, version: 2 },
      { cookie: await as("can@bordeaux-metropole.mutu-demo.fr") },
    );
    expect(started.data).toMatchObject({ status: "en-cours" });

    const declinedRes = await h.mutate(
      "saisines.create",
      saisine(h.orgId("begles"), {
        type: "demande",
        subDomain: "A",
        nature: "exceptionnelle",
        title: "Refonte complète du site internet de la ville",
      }),
      { cookie: await as("dgs@begles.mutu-demo.fr") },
    );
    const declined = await h.mutate(
      "saisines.decideExceptional",
      {
        saisineId: (declinedRes.data as Result).id,
        version: 1,
        outcome: "declinee",
        decidedOn: "2026-06-03",
        reasons: "Le site internet est exclu du périmètre mutualisé (annexe, exclusions).",
        ...managers,
      },
      { cookie: await as("can@bordeaux-metropole.mutu-demo.fr") },
    );
    expect(declined.data).toMatchObject({ status: "refusee" });

    // Arbitration on the accepted one: levels in order, the Mayor's instruction final.
    const agentRaise = await h.mutate(
      "arbitrations.raise",
      { saisineId: filed.id, kind: "programmation", subject: "Calendrier de déploiement contesté" },
      { cookie: await as("agent@begles.mutu-demo.fr") },
    );
    expect(agentRaise.status).toBe(403);
    const raised = await h.mutate(
      "arbitrations.raise",
      { saisineId: filed.id, kind: "programmation", subject: "Calendrier de déploiement contesté" },
      { cookie: await as("dgs@begles.mutu-demo.fr") },
    );
    expect(raised.status, raised.error?.message).toBe(200);
    const arbitrationId = (raised.data as { id: string }).id;
    const operator = await as("can@bordeaux-metropole.mutu-demo.fr");
    const participants = [
      { name: "Camille Martin", function: "DGS de Bègles", side: "commune" },
      { name: "Olivier Girard", function: "Adjoint au DG des territoires", side: "operator" },
    ];
    const record = (level: number, outcome: string, heldOn: string, kind = "programmation") =>
      h.mutate(
        "arbitrations.recordDecision",
        {
          arbitrationId,
          level,
          kind,
          heldOn,
          participants,
          outcome,
          decision: `Niveau ${level} : constat consigné au compte rendu.`,
        },
        { cookie: operator },
      );
    expect((await record(1, "desaccord", "2026-06-10")).status).toBe(200);
    const skipped = await record(3, "desaccord", "2026-06-20");
    expect(skipped.status).toBe(400);
    expect(skipped.error?.message).toMatch(/relève du niveau 2/);
    expect((await record(2, "desaccord", "2026-06-20")).status).toBe(200);
    const notOnSubstance = await record(3, "instruction-du-maire", "2026-07-01");
    expect(notOnSubstance.status).toBe(400);
    const mayor = await record(3, "instruction-du-maire", "2026-07-01", "fond");
    expect(mayor.status, mayor.error?.message).toBe(200);
    expect(mayor.data).toMatchObject({
      status: "clos",
      levels: [{}, {}, { level: 3, final: true }],
    });
    const after = await record(3, "accord", "2026-07-02", "fond");
    expect(after.status).toBe(400);
    expect(after.error?.message).toMatch(/dernier niveau/);

    const recap = await h.query(
      "saisines.yearlyRecap",
      { year: 2026, format: "csv" },
      { cookie: await as("dgs@begles.mutu-demo.fr") },
    );
    expect(recap.status, recap.error?.message).toBe(200);
    const { recap: summary, file } = recap.data as {
      recap: {
        totals: Record<string, unknown>;
        disputes: { settled: boolean; highestLevel: number }[];
      };
      file: { filename: string; base64: string };
    };
    expect(summary.totals).toMatchObject({
      exceptional: 2,
      accepted: 1,
      declined: 1,
      disputes: 1,
      settled: 1,
    });
    expect(summary.disputes[0]).toMatchObject({ settled: true, highestLevel: 3 });
    const csv = Buffer.from(file.base64, "base64").toString("utf8");
    expect(csv.startsWith("\uFEFFRubrique;Commune;")).toBe(true);
    expect(csv).toContain("Instruction du Maire (appliquée en dernière instance)");
    expect(file.filename).toBe("bilan-saisines-2026.csv");
  });

  test("resolved: the commune reopens or confirms; the operator closes only after 5 working days", async () => {
    at("2026-06-08T09:00:00+02:00");
    const filed = (
      await h.mutate("saisines.create", saisine(h.orgId("begles")), {
        cookie: await as("agent@begles.mutu-demo.fr"),
      })
    ).data as Result;
    at("2026-06-08T09:30:00+02:00");
    const can = await as("can@bordeaux-metropole.mutu-demo.fr");
    const resolve = (version: number) =>
      h.mutate(
        "saisines.resolve",
        { saisineId: filed.id, version, note: "Poste réinstallé." },
        { cookie: can },
      );
    expect((await resolve(1)).data).toMatchObject({ status: "resolue" });
    at("2026-06-08T10:00:00+02:00");
    const agent = await as("agent@begles.mutu-demo.fr");
    const noReason = await h.mutate(
      "saisines.reopen",
      { saisineId: filed.id, version: 2 },
      { cookie: agent },
    );
    expect(noReason.error?.data.fieldErrors?.note?.[0]).toMatch(
      /pourquoi la résolution ne convient pas/,
    );
    const reopened = await h.mutate(
      "saisines.reopen",
      { saisineId: filed.id, version: 2, note: "L'écran bleu est revenu." },
      { cookie: agent },
    );
    expect(reopened.data).toMatchObject({ status: "en-cours", version: 3 });
    const periods = (
      (await h.query("saisines.get", { saisineId: filed.id }, { cookie: agent })).data as {
        clocks: { periods: { state: string }[] };
      }
    ).clocks.periods;
    // The hour between resolution and reopening: the commune was being asked, the clock waited.
    expect(periods.map((p) => p.state)).toEqual(["running", "paused", "running"]);

    at("2026-06-08T11:00:00+02:00");
    const can2 = await as("can@bordeaux-metropole.mutu-demo.fr");
    await h.mutate(
      "saisines.resolve",
      { saisineId: filed.id, version: 3, note: "Disque remplacé." },
      { cookie: can2 },
    );
    const early = await h.mutate(
      "saisines.close",
      { saisineId: filed.id, version: 4 },
      { cookie: can2 },
    );
    expect(early.status).toBe(400);
    // Resolved Monday 8 June: Tue 9 … Mon 15 June is the 5th working day.
    expect(early.error?.message).toMatch(/jusqu'au lundi 15 juin 2026 inclus/);
    at("2026-06-16T00:00:00+02:00");
    const closed = await h.mutate(
      "saisines.close",
      { saisineId: filed.id, version: 4 },
      { cookie: await as("can@bordeaux-metropole.mutu-demo.fr") },
    );
    expect(closed.data).toMatchObject({ status: "close", version: 5 });
    const again = await h.mutate(
      "saisines.comment",
      { saisineId: filed.id, body: "Encore ?", visibility: "public" },
      { cookie: await as("agent@begles.mutu-demo.fr") },
    );
    expect(again.status).toBe(400);
  });
});
