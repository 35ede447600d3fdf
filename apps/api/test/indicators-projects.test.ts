/**
 * Indicators 2.1.1 and 2.1.2 computed from the projects, through HTTP on both drivers: Le Bouscat's
 * demo projects of 2025 (21,5 days logged on projects, the one project planned delivered) read on
 * its indicators, its dashboard's tiles and its annual report; a quarter reads the year that holds
 * it; typing a measure of them is refused in French with nothing written.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { count } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data, useHarness } from "./harness.ts";

type Measure = { period: { key: string }; result: { headline: string; status: string } };
type Indicator = { code: string; measure: string; measures: Measure[] };

const DIRECTOR = "dip@bordeaux-metropole.mutu-demo.fr";
const BOUSCAT_DGS = "dgs@le-bouscat.mutu-demo.fr";

describe.each(drivers)("indicators from the projects on %s", (driver) => {
  const t = useHarness(driver, {
    now: () => new Date("2026-01-12T09:00:00+01:00"),
    signedIn: { director: DIRECTOR, dgs: BOUSCAT_DGS },
  });
  const projectIndicators = (indicators: Indicator[]) =>
    indicators
      .filter((i) => i.code === "2.1.1" || i.code === "2.1.2")
      .map((i) => ({
        code: i.code,
        measure: i.measure,
        measures: i.measures.map((m) => [m.period.key, m.result.headline, m.result.status]),
      }));
  const expected = [
    {
      code: "2.1.1",
      measure: "projects",
      measures: [["2025", "21,5 jours consacrés aux projets", "measured"]],
    },
    {
      code: "2.1.2",
      measure: "projects",
      measures: [["2025", "100 % des projets prévus réalisés (1 sur 1)", "measured"]],
    },
  ];

  test("Le Bouscat's 2025: on its indicators, a quarter of it, and its dashboard", async () => {
    const { h, dgs } = t;
    const year = data<{ indicators: Indicator[] }>(
      await h.query("indicators.list", { period: "2025" }, { cookie: dgs }),
    );
    expect(projectIndicators(year.indicators)).toEqual(expected);
    const quarter = data<{ indicators: Indicator[] }>(
      await h.query("indicators.list", { period: "2025-T3" }, { cookie: dgs }),
    );
    expect(projectIndicators(quarter.indicators)).toEqual(expected);
    const dashboard = data<{ indicators: { indicators: Indicator[] } | null }>(
      await h.query("dashboards.commune", { period: "2025" }, { cookie: dgs }),
    );
    expect(projectIndicators(dashboard.indicators?.indicators ?? [])).toEqual(expected);
    // 2024: no effort, nothing planned — 0 day logged, the delivery rate not measured.
    const before = data<{ indicators: Indicator[] }>(
      await h.query("indicators.list", { period: "2024" }, { cookie: dgs }),
    );
    expect(projectIndicators(before.indicators).map((i) => i.measures[0]?.[2])).toEqual([
      "measured",
      "not-measured",
    ]);
  });

  test("the annual report reads them: no longer a gap to explain", async () => {
    const { h, director } = t;
    const report = data<{
      gaps: { code: string }[];
      content: {
        sections: {
          key: string;
          rows?: { code: string; verdict: string; current: { text: string } }[];
        }[];
      };
    }>(
      await h.mutate(
        "reports.generate",
        { orgId: h.orgId("le-bouscat"), year: 2025 },
        { cookie: director },
      ),
    );
    const rows = report.content.sections.find((s) => s.key === "indicators")?.rows ?? [];
    expect(
      rows.filter((r) => r.code.startsWith("2.1.")).map((r) => [r.code, r.current.text]),
    ).toEqual([
      ["2.1.1", "21,5 jours consacrés aux projets"],
      ["2.1.2", "100 % des projets prévus réalisés (1 sur 1)"],
    ]);
    expect(report.gaps.map((g) => g.code)).not.toContain("2.1.1");
    expect(report.gaps.map((g) => g.code)).not.toContain("2.1.2");
  });

  test("typing a measure of 2.1.1 is refused in French, nothing written", async () => {
    const { h, director } = t;
    const entries = () =>
      withSystem(h.database.db, (tx) => tx.select({ n: count() }).from(schema.indicatorEntries));
    const before = await entries();
    const res = await h.mutate(
      "indicators.enter",
      {
        orgId: h.orgId("le-bouscat"),
        indicator: "2.1.1",
        period: "2025",
        measuredOn: "2026-01-05",
        value: { projectDays: 120 },
        evidence: { kind: "link", url: "https://ged.bordeaux-metropole.fr/projets/2025.pdf" },
      },
      { cookie: director },
    );
    expect(res.status).toBe(400);
    expect(res.error?.data.fieldErrors?.indicator).toEqual([
      "L'indicateur 2.1.1 est calculé à partir des projets et de leur charge : il ne se saisit pas.",
    ]);
    expect(await entries()).toEqual(before);
  });
});
