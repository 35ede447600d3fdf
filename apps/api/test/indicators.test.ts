/**
 * A commune's indicators for a period, through HTTP on both drivers: computed from the delays its
 * saisines recorded (count, median and 90th percentile by nearest rank, compliance per rule of the
 * annex against each saisine's own target, first-contact resolution, the volume beside the year
 * before); entered by the Métropole with their evidence, superseded by a later entry, downloaded;
 * bad entries refused in French with nothing written; exports in CSV, XLSX and ODS.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { count } from "drizzle-orm";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { BEGLES_DGS, DIRECTOR, NOW, REDON_ADMIN, useBeglesHistory } from "./helpers/indicators.ts";

type Share = { met: number; total: number; percent: number | null };
type Indicator = {
  code: string;
  measure: string;
  target: string;
  delay: {
    count: number;
    statistics: { median: number | null; p90: number | null } | null;
    compliance: Share;
    rules: (Share & { description: string; kept: boolean | null })[];
    status: string;
  } | null;
  measures: {
    period: { key: string };
    result: { headline: string; status: string };
    entry: { id: string; replaced: number; authorLabel: string; evidence: { kind: string } } | null;
  }[];
};
type List = {
  reference: boolean;
  firstContact: Share;
  volumes: { current: number; previous: number; changePercent: number | null };
  indicators: Indicator[];
};

const PDF = Buffer.from("%PDF-1.4\n% test de restauration du 20 novembre 2025\n").toString(
  "base64",
);

describe.each(drivers)("a commune's indicators on %s", (driver) => {
  const t = useBeglesHistory(driver);
  beforeAll(() => t.play(), 180_000);

  const list = async (period: string, cookie?: string) =>
    data<List>(
      await t.h.query(
        "indicators.list",
        { period },
        { cookie: cookie ?? (await t.as(BEGLES_DGS)) },
      ),
    );
  const indicator = (read: List, code: string) => {
    const found = read.indicators.find((i) => i.code === code);
    if (!found) throw new Error(`no indicator ${code}`);
    return found;
  };

  test("2025's delay indicators come from the delays and targets each saisine recorded", async () => {
    const read = await list("2025");
    expect(read.reference).toBe(false);
    // Handled in 60, 300, 30, 0 (resolved at first contact) and 15 business minutes; the D
    // incident is 4.1.1's, the exceptional request nobody's.
    expect(indicator(read, "3.3.1").delay).toMatchObject({
      count: 5,
      statistics: { median: 30, p90: 300 },
      compliance: { met: 4, total: 5, percent: 80 },
      rules: [{ description: "95 % en 4 heures ouvrées", met: 4, total: 5, kept: false }],
      status: "missed",
    });
    // Incidents resolved in 300 (non-blocking), 480 (blocking: equal to its target) and 0 minutes.
    expect(indicator(read, "3.3.2").delay).toMatchObject({
      count: 3,
      statistics: { median: 300, p90: 480 },
      compliance: { met: 3, total: 3, percent: 100 },
      rules: [
        { description: "Bloquant : 90 % en 8 heures ouvrées", met: 1, total: 1, kept: true },
        { description: "Non bloquant : 90 % en 24 heures ouvrées", met: 2, total: 2, kept: true },
      ],
      status: "kept",
    });
    expect(indicator(read, "4.1.1").delay).toMatchObject({
      count: 1,
      statistics: { median: 150, p90: 150 },
      status: "missed",
    });
    expect(indicator(read, "4.1.2").delay).toMatchObject({ count: 1, status: "kept" });
    // One of the two incidents the call centre registered was solved on the line.
    expect(read.firstContact).toEqual({ met: 1, total: 2, percent: 50 });
    expect(read.volumes).toEqual({ current: 7, previous: 2, changePercent: 250 });
  });

  test("a month without saisines is « Non mesuré », never 0 %", async () => {
    const read = await list("2025-08");
    expect(indicator(read, "3.3.1").delay).toMatchObject({
      count: 0,
      statistics: { median: null, p90: null },
      compliance: { met: 0, total: 0, percent: null },
      status: "not-measured",
    });
    expect(indicator(read, "4.2.1").measures[0]).toMatchObject({
      period: { key: "2025" },
      result: { headline: "Non mesuré", status: "not-measured" },
      entry: null,
    });
  });

  test("the Métropole enters a restore test with its evidence; a later entry supersedes it", async () => {
    const { h, as } = t;
    const director = await as(DIRECTOR);
    const entry = {
      orgId: h.orgId("begles"),
      indicator: "4.2.1",
      period: "2025",
      measuredOn: "2025-11-20",
      value: { restoredMinutes: 150, scope: "Serveur de fichiers de l'hôtel de ville" },
      evidence: {
        kind: "file",
        fileName: "test-restauration-2025.pdf",
        mediaType: "application/pdf",
        contentBase64: PDF,
      },
    };
    const first = data<{ id: string; replaced: number; authorFunctions: string[] }>(
      await h.mutate("indicators.enter", entry, { cookie: director }),
    );
    expect(first.replaced).toBe(0);
    expect(first.authorFunctions).toEqual(["Directeur (infrastructures et production)"]);
    const file = data<{ base64: string; mimeType: string }>(
      await h.query("indicators.evidence", { entryId: first.id }, { cookie: await as(BEGLES_DGS) }),
    );
    expect(file).toMatchObject({ base64: PDF, mimeType: "application/pdf" });

    // A quarter of an hour later, the second test's report arrives.
    t.at("2026-02-10T10:15:00+01:00");
    const second = data<{ id: string; replaced: number }>(
      await h.mutate(
        "indicators.enter",
        {
          ...entry,
          measuredOn: "2026-01-15",
          value: { restoredMinutes: 95, scope: "Serveur de fichiers de l'hôtel de ville" },
          evidence: { kind: "link", url: "https://ged.bordeaux-metropole.fr/pra/begles-2025.pdf" },
          note: "Second test après remplacement de la baie de stockage.",
        },
        { cookie: director },
      ),
    );
    expect(second.replaced).toBe(1);
    const measure = indicator(await list("2025"), "4.2.1").measures[0];
    expect(measure).toMatchObject({
      period: { key: "2025" },
      result: { headline: "Restauration en 1 h 35 min" },
      entry: { id: second.id, replaced: 1, evidence: { kind: "link" } },
    });
    const history = data<{ entries: { id: string }[] }>(
      await h.query(
        "indicators.entries",
        { orgId: h.orgId("begles"), indicator: "4.2.1", period: "2025" },
        { cookie: director },
      ),
    );
    expect(history.entries.map((e) => e.id)).toEqual([second.id, first.id]);
    t.at(NOW);
  });

  test("bad measures are refused in French, and nothing is written", async () => {
    const { h, as } = t;
    const director = await as(DIRECTOR);
    const entries = () =>
      withSystem(h.database.db, (tx) => tx.select({ n: count() }).from(schema.indicatorEntries));
    const before = await entries();
    const base = {
      orgId: h.orgId("begles"),
      indicator: "1.2.1",
      period: "2025",
      measuredOn: "2025-12-01",
      value: {
        scores: { conformite: 3, continuite: 2, incidentiel: 4, organisation: 3, acces: 2 },
      },
      evidence: { kind: "link", url: "https://ged.bordeaux-metropole.fr/audit-ssi-2025.pdf" },
    };
    const cases: [string, Record<string, unknown>, string, string | RegExp][] = [
      [
        "no evidence",
        { evidence: undefined },
        "evidence",
        "Joignez la preuve de la mesure : un fichier ou un lien.",
      ],
      [
        "a maturity above 5",
        { value: { scores: { ...base.value.scores, conformite: 6 } } },
        "value.scores.conformite",
        "Une note de maturité va de 0 à 5.",
      ],
      [
        "a period not yet ended",
        { period: "2026", measuredOn: "2026-02-01" },
        "period",
        "La période « 2026 » n'est pas terminée : sa mesure se saisit à partir du 1er janvier 2027.",
      ],
      [
        "an indicator computed from the saisines",
        { indicator: "3.3.1" },
        "indicator",
        "L'indicateur 3.3.1 est calculé à partir des saisines : il ne se saisit pas.",
      ],
      [
        "a file that is not what it says",
        {
          evidence: {
            kind: "file",
            fileName: "audit.pdf",
            mediaType: "application/pdf",
            contentBase64: Buffer.from("MZ exécutable").toString("base64"),
          },
        },
        "evidence",
        /ne correspond pas à un fichier \.pdf/,
      ],
    ];
    for (const [label, change, field, message] of cases) {
      const res = await h.mutate("indicators.enter", { ...base, ...change }, { cookie: director });
      expect(res.status, label).toBe(400);
      expect(res.error?.data.fieldErrors?.[field]?.[0], label).toMatch(message);
    }
    // A commune reads its indicators; it does not enter them.
    const dgs = await h.mutate("indicators.enter", base, { cookie: await as(BEGLES_DGS) });
    expect(dgs.status).toBe(403);
    // Another operator's commune does not exist for Redon.
    const redon = await h.mutate("indicators.enter", base, { cookie: await as(REDON_ADMIN) });
    expect(redon.status).toBe(404);
    expect(redon.error?.message).toBe("Organisation introuvable.");
    expect(await entries()).toEqual(before);
  });

  test("the indicators leave as CSV, XLSX and ODS", async () => {
    const { h, as } = t;
    const dgs = await as(BEGLES_DGS);
    const file = async (format: string) =>
      data<{ filename: string; mimeType: string; base64: string }>(
        await h.query("indicators.export", { period: "2025", format }, { cookie: dgs }),
      );
    const csv = await file("csv");
    expect(csv.filename).toBe("indicateurs-begles-2025.csv");
    const text = Buffer.from(csv.base64, "base64").toString("utf8");
    expect(text.startsWith("\uFEFFIndicateur;Libellé;Période")).toBe(true);
    // Bègles' annex words 3.3.1 its own way (« Délai de traitement des demandes »).
    expect(text).toContain(
      "3.3.1;Délai de traitement des demandes;2025;95 % en 4 heures ouvrées;Non tenu",
    );
    expect(text).toMatch(/;80;Calculé à partir des saisines;;\r\n/);

    const ods = await file("ods");
    expect(ods.mimeType).toBe("application/vnd.oasis.opendocument.spreadsheet");
    const zipped = Buffer.from(ods.base64, "base64");
    // The mimetype comes first, stored: what tells an office suite it is a spreadsheet.
    expect(zipped.subarray(30, 38).toString()).toBe("mimetype");
    const content = strFromU8(unzipSync(zipped)["content.xml"] ?? new Uint8Array());
    expect(content).toContain('office:value-type="percentage" office:value="0.8"');

    const xlsx = await file("xlsx");
    const sheet = strFromU8(
      unzipSync(Buffer.from(xlsx.base64, "base64"))["xl/worksheets/sheet1.xml"] ?? new Uint8Array(),
    );
    expect(sheet).toContain("<v>0.8</v>");
  });
});
