/**
 * Exceptional saisines through the real API, on both drivers: they wait for both managers' decision
 * before any work; a dispute climbs the arbitration levels in order; the yearly recap counts both.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { type Filed, useSaisineClock } from "./helpers/saisines.ts";

const managers = {
  communeManager: { name: "Camille Martin", function: "Directrice générale des services" },
  sharedServiceManager: { name: "Julien Bernard", function: "Directeur général du service commun" },
};

describe.each(drivers)("exceptional saisines on %s", (driver) => {
  const t = useSaisineClock(driver, "2026-06-01T09:00:00+02:00");
  /** Records the managers' decision of 3 June 2026 on a saisine still at version 1. */
  const decide = (cookie: string, saisineId: string, decision: Record<string, unknown>) =>
    t.h.mutate(
      "saisines.decideExceptional",
      { saisineId, version: 1, decidedOn: "2026-06-03", ...decision, ...managers },
      { cookie },
    );

  test("an exceptional saisine waits for both managers' decision before any work", async () => {
    const { h, at, as, create } = t;
    at("2026-06-02T09:00:00+02:00");
    const dgs = await as("dgs@begles.mutu-demo.fr");
    const res = await create(dgs, "begles", {
      type: "demande",
      subDomain: "A",
      nature: "exceptionnelle",
      title: "Accompagnement du vote électronique du conseil municipal",
    });
    expect(res.status, res.error?.message).toBe(200);
    const filed = res.data as Filed;
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
    const noMeans = await decide(can, filed.id, {
      outcome: "acceptee",
      reasons: "Projet prioritaire du mandat.",
    });
    expect(noMeans.status).toBe(400);
    expect(noMeans.error?.data.fieldErrors?.adaptedMeans?.[0]).toMatch(/moyens adaptés/);
    at("2026-06-03T10:00:00+02:00");
    const accepted = await decide(await as("can@bordeaux-metropole.mutu-demo.fr"), filed.id, {
      outcome: "acceptee",
      reasons: "Projet prioritaire du mandat.",
      adaptedMeans: "Deux jours de chef de projet, pris sur le volume projet de 2026.",
    });
    expect(accepted.status, accepted.error?.message).toBe(200);
    expect(accepted.data).toMatchObject({ status: "qualifiee", version: 2 });
    const started = await h.mutate(
      "saisines.start",
      { saisineId: filed.id, version: 2 },
      { cookie: await as("can@bordeaux-metropole.mutu-demo.fr") },
    );
    expect(started.data).toMatchObject({ status: "en-cours" });

    const declinedRes = await create(await as("dgs@begles.mutu-demo.fr"), "begles", {
      type: "demande",
      subDomain: "A",
      nature: "exceptionnelle",
      title: "Refonte complète du site internet de la ville",
    });
    const declined = await decide(
      await as("can@bordeaux-metropole.mutu-demo.fr"),
      (declinedRes.data as Filed).id,
      {
        outcome: "declinee",
        reasons: "Le site internet est exclu du périmètre mutualisé (annexe, exclusions).",
      },
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
          decision: `Niveau ${level} : constat consigné au compte rendu.`,
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
});
