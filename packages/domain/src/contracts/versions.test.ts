import { describe, expect, test } from "vitest";
import { versionInForce } from "./versions.ts";

type V = { id: string; effectiveFrom: string; effectiveTo?: string | null };

const idOf = (versions: V[], date: string | Date) => versionInForce(versions, date)?.id ?? null;

describe("versionInForce", () => {
  // Bègles: contract annex of 15 Feb 2016, replaced by the RGPD annex "en vigueur au 1er juillet 2018".
  const begles: V[] = [
    { id: "2016", effectiveFrom: "2016-02-15", effectiveTo: "2018-07-01" },
    { id: "2018", effectiveFrom: "2018-07-01" },
  ];

  test.each([
    ["2016-02-14", null],
    ["2016-02-15", "2016"],
    ["2018-06-30", "2016"],
    ["2018-07-01", "2018"],
    ["2040-01-01", "2018"],
  ])("consecutive versions: on %s → %s", (date, expected) => {
    expect(idOf(begles, date)).toBe(expected);
  });

  const gapped: V[] = [
    { id: "a", effectiveFrom: "2016-01-01", effectiveTo: "2017-01-01" },
    { id: "b", effectiveFrom: "2017-03-01", effectiveTo: null },
  ];
  test.each([
    ["2016-12-31", "a"],
    ["2017-01-01", null],
    ["2017-02-28", null],
    ["2017-03-01", "b"],
  ])("gap between versions: on %s → %s", (date, expected) => {
    expect(idOf(gapped, date)).toBe(expected);
  });

  // Pessac: avenant n°2 (30 Jan 2018) predates n°1 (1 Mar 2018); none has an end.
  const pessac: V[] = [
    { id: "contrat", effectiveFrom: "2016-02-15" },
    { id: "avenant-1", effectiveFrom: "2018-03-01" },
    { id: "avenant-2", effectiveFrom: "2018-01-30" },
  ];
  test.each([
    ["2018-01-29", "contrat"],
    ["2018-01-30", "avenant-2"],
    ["2018-02-28", "avenant-2"],
    ["2018-03-01", "avenant-1"],
  ])("overlapping versions, latest effectiveFrom wins: on %s → %s", (date, expected) => {
    expect(idOf(pessac, date)).toBe(expected);
  });

  test("same effective day (Bordeaux's avenants 1 and 2 of 23 April 2018): the later listed wins", () => {
    const bordeaux: V[] = [
      { id: "contrat", effectiveFrom: "2016-02-15" },
      { id: "avenant-1", effectiveFrom: "2018-04-23" },
      { id: "avenant-2", effectiveFrom: "2018-04-23" },
    ];
    expect(idOf(bordeaux, "2018-04-23")).toBe("avenant-2");
    expect(idOf(bordeaux, "2018-04-22")).toBe("contrat");
  });

  test("a version ending on its first day is never in force", () => {
    expect(
      idOf([{ id: "x", effectiveFrom: "2020-01-01", effectiveTo: "2020-01-01" }], "2020-01-01"),
    ).toBeNull();
  });

  test("no versions, no version", () => {
    expect(versionInForce([], "2020-01-01")).toBeNull();
  });

  test.each([
    // 00:30 in Paris on 1 July is still 30 June in New York, the host zone of this run.
    ["2018-06-30T22:30:00Z", "2018"],
    ["2018-06-30T21:30:00Z", "2016"],
    ["2016-02-14T23:30:00Z", "2016"],
    ["2016-02-14T22:30:00Z", null],
  ])("an instant counts on its Paris date: %s → %s", (instant, expected) => {
    expect(idOf(begles, new Date(instant))).toBe(expected);
  });

  test.each([
    [[{ id: "x", effectiveFrom: "2018-7-1" }], "2018-07-01", /Date d'effet invalide/],
    [
      [{ id: "x", effectiveFrom: "2018-07-01", effectiveTo: "2018-06-30" }],
      "2018-07-01",
      /fin \(2018-06-30\) avant le début/,
    ],
    [[{ id: "x", effectiveFrom: "2018-07-01" }], "2018-02-30", /Date invalide/],
  ])("malformed input is refused in French (%#)", (versions, date, message) => {
    expect(() => versionInForce(versions as V[], date)).toThrow(message);
  });
});
