import { describe, expect, test } from "vitest";
import type { AnnexIndicator } from "../contracts/annex.ts";
import { type DelaySample, delayRows, indicatorRows, reachesPercent } from "./indicators.ts";

const indicator = (code: string, target: AnnexIndicator["target"]): AnnexIndicator => ({
  code,
  engagement: code.split(".").slice(0, 2).join("."),
  label: `Indicateur ${code}`,
  subDomain: code.startsWith("4") ? "D" : "C",
  subDomainAsWritten: null,
  periodicity: "Mensuelle",
  periodicityOptions: ["monthly"],
  source: null,
  observedLevel: code === "3.3.1" ? "Non mesuré à la date du transfert" : null,
  observedLevelAsWritten: null,
  conditions: null,
  target,
  notes: [],
});

const annex = [
  indicator("3.3.1", {
    kind: "delay",
    rules: [
      { businessMinutes: 240, compliancePercent: 95 },
      { nature: "urgence", businessMinutes: 60 },
    ],
  }),
  indicator("3.3.2", { kind: "delay", rules: [{ criticality: "bloquant", businessMinutes: 480 }] }),
  indicator("4.2.1", { kind: "to-define-jointly" }),
];

const sample = (over: Partial<DelaySample>): DelaySample => ({
  year: 2025,
  measure: "handling",
  type: "demande",
  subDomain: "C",
  nature: "ordinaire",
  criticality: "non-bloquant",
  minutes: [],
  targets: [],
  ...over,
});

// 20 ordinary requests, 19 within 4 h: 95 % exactly keeps « 95 % en 4 heures ouvrées ».
const ordinary = sample({
  minutes: [...Array.from({ length: 19 }, (_, i) => 10 * (i + 1)), 241],
  targets: Array.from({ length: 20 }, () => 240),
});

describe("indicatorRows", () => {
  test("95 % within 4 h keeps the rule; a target to define is « Non mesuré »", () => {
    const rows = indicatorRows(annex, [ordinary], 2025);
    expect(rows.map((r) => [r.code, r.verdict, r.current.value, r.current.count])).toEqual([
      ["3.3.1", "kept", 95, 20],
      ["3.3.2", "not-measured", null, 0],
      ["4.2.1", "not-measured", null, 0],
    ]);
    expect(rows[0]?.current.text).toBe("95\u00a0% dans le délai (20\u00a0saisines)");
    expect(rows[0]?.target).toBe("95 % en 4 heures ouvrées ; Urgence : 1 heure ouvrée");
    expect(rows[0]?.reference).toBe("Non mesuré à la date du transfert");
  });

  test("one rule missed misses the indicator; each rule is judged on its own saisines", () => {
    const urgent = sample({ nature: "urgence", minutes: [30, 61], targets: [60, 60] });
    const rows = indicatorRows(annex, [ordinary, urgent], 2025);
    expect(rows[0]?.verdict).toBe("missed");
    expect(rows[0]?.current).toMatchObject({ value: 90.91, count: 22 }); // 20 of 22
  });

  test("the year before is the trend; an exceptional saisine counts for no indicator", () => {
    const before = sample({ year: 2024, minutes: [300, 100], targets: [240, 240] });
    const exceptional = sample({ nature: "exceptionnelle", minutes: [9999], targets: [null] });
    const rows = indicatorRows(annex, [ordinary, before, exceptional], 2025);
    expect(rows[0]?.previous).toMatchObject({ value: 50, count: 2 });
    expect(rows[0]?.current.count).toBe(20);
  });

  test("a resolution counts for 3.3.2 only for incidents, by criticality", () => {
    const incident = sample({
      measure: "resolution",
      type: "incident",
      criticality: "bloquant",
      minutes: [480, 481],
      targets: [480, 480],
    });
    const request = sample({ measure: "resolution", minutes: [10], targets: [null] });
    const rows = indicatorRows(annex, [incident, request], 2025);
    expect(rows[1]).toMatchObject({ verdict: "missed", current: { value: 50, count: 2 } });
  });

  test("saisines without a recorded target are measured, not judged", () => {
    const rows = indicatorRows(annex, [sample({ minutes: [10, 20], targets: [null, null] })], 2025);
    expect(rows[0]).toMatchObject({ verdict: "measured", current: { value: null, count: 2 } });
    expect(rows[0]?.current.text).toBe("2\u00a0saisines, sans cible");
  });
});

describe("delayRows", () => {
  test("median and p90 by nearest rank, within target per saisine", () => {
    const rows = delayRows([ordinary, sample({ year: 2024, minutes: [1] })], 2025);
    expect(rows).toEqual([
      {
        measure: "handling",
        nature: "ordinaire",
        criticality: "non-bloquant",
        count: 20,
        median: 100,
        p90: 180,
        withTarget: 20,
        met: 19,
        percent: 95,
      },
    ]);
  });
});

test.each<[number, number, number, boolean]>([
  [19, 20, 95, true],
  [18999, 20000, 95, false], // 94.995 % rounds to 95,00 % but misses
  [0, 0, 95, true],
])("reachesPercent(%d, %d, %d) = %s", (met, total, percent, expected) => {
  expect(reachesPercent(met, total, percent)).toBe(expected);
});
