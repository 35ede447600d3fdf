/**
 * The Redon convention read through the API: the catalogue, Ville de Redon's membership and
 * contributions, simulations of another choice; communes cannot manage memberships.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { type Membership, useMemberships } from "./helpers/memberships.ts";

describe.each(drivers)("memberships read on %s", (driver) => {
  const t = useMemberships(driver);

  test("the catalogue: offers and levels, prerequisites, prices by tier, level-1 pool, staffing", async () => {
    const { h, redonDgs } = t;
    const catalogue = data<{
      tariff: { id: string; title: string; level1: { poolDays: number; halfDayCents: number } };
      offers: { code: string; levels: unknown[] }[];
      prerequisites: string[];
      staffing: { extraFte: number }[];
    }>(await h.query("memberships.catalogue", undefined, { cookie: redonDgs }));
    expect(catalogue.tariff).toMatchObject({
      id: "redon-2022",
      level1: { poolDays: 117, halfDayCents: 20_000 },
    });
    expect(catalogue.offers.map((o) => [o.code, o.levels.length])).toEqual([
      ["socle-complet", 4],
      ["socle-annexe", 2],
    ]);
    expect(catalogue.prerequisites.join(" ")).toMatch(/6 mois/);
    expect(catalogue.staffing.map((s) => s.extraFte)).toEqual([1, 2, 3]);
    // Bordeaux Métropole has no priced convention.
    const bordeaux = await h.signIn("dgs@begles.mutu-demo.fr");
    expect((await h.query("memberships.catalogue", undefined, { cookie: bordeaux })).status).toBe(
      404,
    );
  });

  test("Ville de Redon reads its membership: purchasing groups from 2024, renewal, this and next year's contribution", async () => {
    const { h, redonDgs } = t;
    const m = data<Membership>(await h.query("memberships.get", {}, { cookie: redonDgs }));
    expect(m.member).toEqual({ orgId: h.orgId("redon"), name: "Redon", population: 9500 });
    expect(m.contract).toMatchObject({
      status: "in-force",
      effectiveFrom: "2024-01-01",
      noticeGivenOn: null,
      nextRenewal: { kind: "anniversary", renewsOn: "2026-01-01", termNumber: 3 },
    });
    expect(m.current).toMatchObject({
      subscription: "groupement-achats",
      effectiveFrom: "2024-01-01",
      effectiveTo: null,
      decisionRef: "Délibération n° 2023-076 du Conseil municipal de Redon",
    });
    expect(m.level1).toBeNull();
    // 3 500 € (over 8 000 inhabitants) + 9 500 × 0,25 € = 5 875 € — "environ 6 000 €" in the deliberation.
    expect(m.contributions).toEqual([
      {
        year: 2025,
        cents: 587_500,
        needsReview: false,
        basis: "following-years",
        subscriptions: ["groupement-achats"],
        lines: [
          { label: "Groupements d'achats – part fixe (tranche « Plus de 8000 »)", cents: 350_000 },
          {
            label: "Groupements d'achats – part variable (9 500 hab. × 0,25 €)",
            cents: 237_500,
          },
        ],
      },
      expect.objectContaining({ year: 2026, cents: 587_500, basis: "following-years" }),
    ]);
  });

  test("simulate another choice: for Redon, and the worked examples of the convention", async () => {
    const { h, admin, redonDgs } = t;
    const simulate = async (input: object, cookie = redonDgs) =>
      h.query("memberships.simulate", input, { cookie });
    const socle = data<{
      contribution: { firstYearCents: number; needsReview: boolean };
      level1: { days: number };
    }>(await simulate({ subscription: "socle-complet" }));
    // Above 8,000 inhabitants the socle complet needs a deeper review first (art. 7.1).
    expect(socle.contribution).toMatchObject({
      firstYearCents: 250_000 + 9500 * 150,
      needsReview: true,
    });
    const example = data<{
      contribution: { firstYearCents: number; followingYearsCents: number };
      level1: { days: number };
    }>(await simulate({ population: 2355, subscription: "socle-complet" }, admin));
    expect(example.contribution).toMatchObject({
      firstYearCents: 553_250,
      followingYearsCents: 553_250,
    });
    expect(example.level1.days).toBe(4.5);
    const deducted = data<{ contribution: { firstYearCents: number } }>(
      await simulate(
        {
          population: 2355,
          subscription: "socle-complet",
          auditInvoicedOn: "2025-01-10",
          joinedOn: "2025-07-01",
        },
        admin,
      ),
    );
    expect(deducted.contribution.firstYearCents).toBe(203_250);
    const invalid = await simulate({
      subscription: "socle-complet",
      auditInvoicedOn: "2025-03-01",
      joinedOn: "2025-01-01",
    });
    expect(invalid.status).toBe(400);
    expect(invalid.error?.data.fieldErrors).toEqual({
      joinedOn: ["La date d'adhésion ne peut pas précéder la facturation de l'audit."],
    });
    const unknown = await simulate({ subscription: "tout-compris" });
    expect(unknown.status).toBe(400);
    expect(unknown.error?.data.fieldErrors?.subscription?.[0]).toMatch(/Formule inconnue/);
  });

  test("a commune cannot manage memberships, its own included", async () => {
    const { h, redonDgs, manage } = t;
    const res = await h.mutate(
      "memberships.terminate",
      { orgId: h.orgId("redon"), noticeGivenOn: "2025-03-31", decisionRef: "Délibération" },
      { cookie: redonDgs },
    );
    expect(res.status).toBe(403);
    const bad = await manage("join", {
      orgId: h.orgId("pipriac"),
      subscription: "audit",
      effectiveFrom: "2025-02-30",
      decisionRef: "x",
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.error?.data.fieldErrors ?? {}).sort()).toEqual([
      "decisionRef",
      "effectiveFrom",
    ]);
  });
});
