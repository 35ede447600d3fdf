/**
 * The Redon convention through the API: the catalogue, Ville de Redon's membership and
 * contributions, simulations, joining and changing choice (audit deducted), leaving with notice,
 * and the year's table exported as CSV and XLSX.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHarness, type Harness } from "./harness.ts";

// Fixed "today" (Paris): 15 June 2025.
const NOW = new Date("2025-06-15T10:00:00Z");

type Line = { label: string; cents: number };
type Yearly = { year: number; cents: number; basis: string; needsReview: boolean; lines: Line[] };
type Membership = {
  contract: {
    status: string;
    effectiveFrom: string;
    noticeGivenOn: string | null;
    effectiveTo: string | null;
    lastDayInForce: string | null;
    nextRenewal: { kind: string; renewsOn: string; termNumber: number | null } | null;
  };
  member: { name: string; population: number };
  current: {
    subscription: string;
    effectiveFrom: string;
    effectiveTo: string | null;
    decisionRef: string;
  } | null;
  periods: { subscription: string; effectiveFrom: string; effectiveTo: string | null }[];
  level1: { days: number; tierLabel: string } | null;
  contributions: Yearly[];
};
type Table = {
  rows: { orgName: string; cents: number; basis: string; subscriptions: string[] }[];
  totals: { members: number; cents: number };
  staffing: { socleCompletMembers: number; extraFte: number };
};

describe.each(drivers)("memberships on %s", (driver) => {
  let h: Harness;
  let admin: string;
  let redonDgs: string;

  beforeAll(async () => {
    h = await createHarness(driver, { now: () => NOW });
    admin = await h.signIn("admin@redon-agglomeration.mutu-demo.fr");
    redonDgs = await h.signIn("dgs@redon.mutu-demo.fr");
  });
  afterAll(() => h.close());

  const data = <T>(res: { status: number; data?: unknown; error?: { message: string } }) => {
    if (res.status !== 200) throw new Error(`${res.status}: ${res.error?.message}`);
    return res.data as T;
  };

  test("the catalogue: offers and levels, prerequisites, prices by tier, level-1 pool, staffing", async () => {
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
          { label: "Groupements d'achats – part fixe (tranche « Plus de 8000 »)", cents: 350_000 },
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

  test("join after an audit, then the socle complet within 6 months: the audit is deducted", async () => {
    const orgId = h.orgId("allaire");
    const joined = data<Membership>(
      await h.mutate(
        "memberships.join",
        {
          orgId,
          subscription: "audit",
          effectiveFrom: "2025-01-15",
          decisionRef: "Délibération n° 2025-004 du conseil municipal d'Allaire",
          decidedOn: "2025-01-09",
          auditInvoicedOn: "2025-03-01",
        },
        { cookie: admin },
      ),
    );
    expect(joined.current).toMatchObject({ subscription: "audit", effectiveFrom: "2025-01-15" });
    const again = await h.mutate(
      "memberships.join",
      {
        orgId,
        subscription: "audit",
        effectiveFrom: "2025-02-01",
        decisionRef: "Délibération bis",
      },
      { cookie: admin },
    );
    expect(again.status).toBe(409);

    const same = await h.mutate(
      "memberships.changeChoice",
      { orgId, subscription: "audit", effectiveFrom: "2025-06-01", decisionRef: "Décision n° 12" },
      { cookie: admin },
    );
    expect(same.status).toBe(400);
    const tooEarly = await h.mutate(
      "memberships.changeChoice",
      {
        orgId,
        subscription: "socle-complet",
        effectiveFrom: "2025-01-15",
        decisionRef: "Décision n° 12",
      },
      { cookie: admin },
    );
    expect(tooEarly.error?.data.fieldErrors?.effectiveFrom).toEqual(["Après le 15 janvier 2025."]);

    const changed = data<Membership>(
      await h.mutate(
        "memberships.changeChoice",
        {
          orgId,
          subscription: "socle-complet",
          effectiveFrom: "2025-06-01",
          decisionRef: "Décision du maire n° 2025-31",
        },
        { cookie: admin },
      ),
    );
    expect(changed.periods).toEqual([
      expect.objectContaining({
        subscription: "audit",
        effectiveFrom: "2025-01-15",
        effectiveTo: "2025-06-01",
      }),
      expect.objectContaining({
        subscription: "socle-complet",
        effectiveFrom: "2025-06-01",
        effectiveTo: null,
      }),
    ]);
    // 4 000 inhabitants: level-1 share of the 3,000–8,000 tier, 39 days for 6 communes.
    expect(changed.level1).toMatchObject({ days: 6.5, tierLabel: "De 3000 à 8000" });
    const [y2025, y2026] = changed.contributions;
    // Audit 7 000 €, then socle complet 2 500 € + 4 000 × 1,50 € = 8 500 € minus the audit.
    expect(y2025).toMatchObject({
      year: 2025,
      cents: 700_000 + 850_000 - 700_000,
      basis: "first-year",
    });
    expect(y2025?.lines.map((l) => l.cents)).toEqual([700_000, 250_000, 600_000, -700_000]);
    expect(y2026).toMatchObject({ year: 2026, cents: 850_000, basis: "following-years" });
    expect(y2026?.lines.reduce((s, l) => s + l.cents, 0)).toBe(850_000);

    const audit = await withSystem(h.database.db, (tx) =>
      tx.select().from(schema.auditLog).where(eq(schema.auditLog.orgId, orgId)),
    );
    expect(audit.map((e) => e.action)).toEqual(["membership.join", "membership.change-choice"]);
    expect(audit[1]?.before).toEqual({ subscription: "audit", effectiveFrom: "2025-01-15" });
  });

  test("the year's contributions for all members: table, totals, staffing threshold", async () => {
    const table = data<Table>(
      await h.query("memberships.contributions", { year: 2025 }, { cookie: admin }),
    );
    expect(table.rows.map((r) => [r.orgName, r.cents, r.basis])).toEqual([
      ["Allaire", 850_000, "first-year"],
      ["Redon", 587_500, "following-years"],
    ]);
    expect(table.totals).toMatchObject({ members: 2, cents: 1_437_500 });
    expect(table.staffing).toMatchObject({ socleCompletMembers: 1, extraFte: 1 });
    // A member sees only itself.
    const own = data<Table>(
      await h.query("memberships.contributions", { year: 2025 }, { cookie: redonDgs }),
    );
    expect(own.rows.map((r) => r.orgName)).toEqual(["Redon"]);
  });

  test("export CSV (French headers, ';', BOM) and XLSX", async () => {
    const csv = data<{ filename: string; mimeType: string; base64: string }>(
      await h.query(
        "memberships.exportContributions",
        { year: 2025, format: "csv" },
        { cookie: admin },
      ),
    );
    expect(csv.filename).toBe("contributions-2025.csv");
    const bytes = Buffer.from(csv.base64, "base64");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Commune;Population;Formule;Base de calcul;Montant HT (€);À examiner;Détail",
    );
    expect(lines[1]).toMatch(
      /^Allaire;4000;Socle annexe – audit \(niveau 1\) puis Socle complet \(niveaux 1 à 4\);Première année;8500,00;non;/,
    );
    expect(lines[2]).toBe(
      "Redon;9500;Socle annexe – groupements d'achats (niveau 2);Années suivantes;5875,00;non;Groupements d'achats – part fixe (tranche « Plus de 8000 ») : 3500,00 € / Groupements d'achats – part variable (9 500 hab. × 0,25 €) : 2375,00 €",
    );
    expect(lines[3]).toBe("Total 2025 (2 membres);;;;14375,00;;");

    const xlsx = data<{ filename: string; mimeType: string; base64: string }>(
      await h.query(
        "memberships.exportContributions",
        { year: 2025, format: "xlsx" },
        { cookie: admin },
      ),
    );
    expect(xlsx.mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const files = unzipSync(Buffer.from(xlsx.base64, "base64"));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    const text = `${sheet}${strings}`;
    for (const expected of [
      "Commune",
      "Montant HT (€)",
      "Allaire",
      "Redon",
      "Total 2025 (2 membres)",
    ])
      expect(text).toContain(expected);
    expect(sheet).toContain("<v>5875</v>");
    expect(sheet).toContain("<v>14375</v>");
    expect(strFromU8(files["xl/workbook.xml"] ?? new Uint8Array())).toContain("Contributions 2025");
  });

  test("leaving with notice: 12 months later the convention ends; nothing to pay after", async () => {
    const orgId = h.orgId("redon");
    const future = await h.mutate(
      "memberships.terminate",
      { orgId, noticeGivenOn: "2025-06-16", decisionRef: "Délibération n° 2025-050" },
      { cookie: admin },
    );
    expect(future.status).toBe(400);
    const ended = data<Membership>(
      await h.mutate(
        "memberships.terminate",
        {
          orgId,
          noticeGivenOn: "2025-03-31",
          decisionRef: "Délibération n° 2025-050 du conseil municipal de Redon",
        },
        { cookie: admin },
      ),
    );
    expect(ended.contract).toMatchObject({
      status: "in-force",
      noticeGivenOn: "2025-03-31",
      lastDayInForce: "2026-03-31",
      effectiveTo: "2026-04-01",
      // The anniversary of 1 January 2026 still comes before the end.
      nextRenewal: { renewsOn: "2026-01-01" },
    });
    expect(ended.current).toMatchObject({ effectiveTo: "2026-04-01" });
    expect(ended.contributions.map((c) => [c.year, c.cents])).toEqual([
      [2025, 587_500],
      [2026, 587_500],
    ]);
    const after = data<Table>(
      await h.query("memberships.contributions", { year: 2027 }, { cookie: admin }),
    );
    expect(after.rows.map((r) => r.orgName)).toEqual(["Allaire"]);
    const twice = await h.mutate(
      "memberships.terminate",
      { orgId, noticeGivenOn: "2025-04-30", decisionRef: "Délibération n° 2025-051" },
      { cookie: admin },
    );
    expect(twice.status).toBe(409);
    const change = await h.mutate(
      "memberships.changeChoice",
      { orgId, subscription: "audit", effectiveFrom: "2025-09-01", decisionRef: "Décision n° 7" },
      { cookie: admin },
    );
    expect(change.status).toBe(409);
    expect(change.error?.message).toMatch(/Préavis donné le 31 mars 2025/);
  });

  test("a commune cannot manage memberships, its own included", async () => {
    const res = await h.mutate(
      "memberships.terminate",
      { orgId: h.orgId("redon"), noticeGivenOn: "2025-03-31", decisionRef: "Délibération" },
      { cookie: redonDgs },
    );
    expect(res.status).toBe(403);
    const bad = await h.mutate(
      "memberships.join",
      {
        orgId: h.orgId("pipriac"),
        subscription: "audit",
        effectiveFrom: "2025-02-30",
        decisionRef: "x",
      },
      { cookie: admin },
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.error?.data.fieldErrors ?? {}).sort()).toEqual([
      "decisionRef",
      "effectiveFrom",
    ]);
  });
});
