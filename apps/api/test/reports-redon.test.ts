/**
 * The annual report of a Redon member through the real API, on both drivers: its contribution set
 * against its activity, under its service convention, without contract indicators; Bordeaux
 * Métropole never sees it.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { DIRECTOR, type Report, useReports } from "./helpers/reports.ts";

describe.each(drivers)("a Redon member's annual report on %s", (driver) => {
  const t = useReports(driver, "2026-02-02T10:00:00+01:00");

  test("a Redon member's report sets its contribution against its activity, without contract indicators", async () => {
    const { h, change, read } = t;
    const redon = h.orgId("redon");
    const report = data<
      Report & {
        content: {
          agreement: string | null;
          sections: {
            key: string;
            lines?: { label: string; cents: number }[];
            totalCents?: number | null;
            activity?: unknown[];
          }[];
        };
      }
    >(
      await change(
        "generate",
        { orgId: redon, year: 2025 },
        "admin@redon-agglomeration.mutu-demo.fr",
      ),
    );
    expect(report.content.agreement).toBe("Convention de service commun");
    expect(report.content.sections.map((s) => s.key)).toEqual([
      "saisines",
      "exceptional",
      "projects",
      "meetings",
      "contribution",
    ]);
    const contribution = report.content.sections.find((s) => s.key === "contribution");
    expect(contribution?.lines?.length).toBeGreaterThan(0);
    expect(contribution?.totalCents).toBe(contribution?.lines?.reduce((n, l) => n + l.cents, 0));
    expect(contribution?.activity).toHaveLength(3);
    expect(report.gaps).toEqual([]);
    // Bordeaux Métropole never sees Redon's members.
    const other = await read("get", { orgId: redon, year: 2025 }, DIRECTOR);
    expect(other.status).toBe(404);
  });
});
