/**
 * Memberships changed through the API, in order: joining and changing choice (audit deducted), the
 * year's table of contributions exported as CSV and XLSX, leaving with notice.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { type Membership, type Table, useMemberships } from "./helpers/memberships.ts";

describe.each(drivers)("membership changes on %s", (driver) => {
  const t = useMemberships(driver);

  test("join after an audit, then the socle complet within 6 months: the audit is deducted", async () => {
    const { h, manage, changeChoice } = t;
    const orgId = h.orgId("allaire");
    const joined = data<Membership>(
      await manage("join", {
        orgId,
        subscription: "audit",
        effectiveFrom: "2025-01-15",
        decisionRef: "Délibération n° 2025-004 du conseil municipal d'Allaire",
        decidedOn: "2025-01-09",
        auditInvoicedOn: "2025-03-01",
      }),
    );
    expect(joined.current).toMatchObject({ subscription: "audit", effectiveFrom: "2025-01-15" });
    const again = await manage("join", {
      orgId,
      subscription: "audit",
      effectiveFrom: "2025-02-01",
      decisionRef: "Délibération bis",
    });
    expect(again.status).toBe(409);

    const same = await changeChoice(orgId, "audit", "2025-06-01", "Décision n° 12");
    expect(same.status).toBe(400);
    const tooEarly = await changeChoice(orgId, "socle-complet", "2025-01-15", "Décision n° 12");
    expect(tooEarly.error?.data.fieldErrors?.effectiveFrom).toEqual(["Après le 15 janvier 2025."]);

    const changed = data<Membership>(
      await changeChoice(orgId, "socle-complet", "2025-06-01", "Décision du maire n° 2025-31"),
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
    const { h, admin, redonDgs } = t;
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

  test("export CSV (French headers, ';', BOM), XLSX and ODS", async () => {
    const { h, admin } = t;
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

    // And in the open format public bodies are expected to offer.
    const ods = data<{ filename: string; mimeType: string; base64: string }>(
      await h.query(
        "memberships.exportContributions",
        { year: 2025, format: "ods" },
        { cookie: admin },
      ),
    );
    expect(ods).toMatchObject({
      filename: "contributions-2025.ods",
      mimeType: "application/vnd.oasis.opendocument.spreadsheet",
    });
    const content = strFromU8(
      unzipSync(Buffer.from(ods.base64, "base64"))["content.xml"] ?? new Uint8Array(),
    );
    expect(content).toContain(
      'office:value-type="currency" office:currency="EUR" office:value="5875"',
    );
    expect(content).toContain("<text:p>Total 2025 (2 membres)</text:p>");
    expect(sheet).toContain("<v>14375</v>");
    expect(strFromU8(files["xl/workbook.xml"] ?? new Uint8Array())).toContain("Contributions 2025");
  });

  test("leaving with notice: 12 months later the convention ends; nothing to pay after", async () => {
    const { h, admin, changeChoice, terminate } = t;
    const orgId = h.orgId("redon");
    const future = await terminate(orgId, "2025-06-16", "Délibération n° 2025-050");
    expect(future.status).toBe(400);
    const ended = data<Membership>(
      await terminate(
        orgId,
        "2025-03-31",
        "Délibération n° 2025-050 du conseil municipal de Redon",
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
    const twice = await terminate(orgId, "2025-04-30", "Délibération n° 2025-051");
    expect(twice.status).toBe(409);
    const change = await changeChoice(orgId, "audit", "2025-09-01", "Décision n° 7");
    expect(change.status).toBe(409);
    expect(change.error?.message).toMatch(/Préavis donné le 31 mars 2025/);
  });
});
