import { describe, expect, test } from "vitest";
import { type Agreement, endDateAfterNotice, nextRenewal } from "./durations.ts";
import { FRENCH_MUNICIPAL_ELECTIONS } from "./elections.ts";

describe("Redon convention — one year, tacit renewal (seed 002 art. 2.2)", () => {
  // The Ville de Redon's membership is effective on 1 January 2024 (deliberation 2023-076).
  const redon: Agreement = { kind: "redon-convention", effectiveFrom: "2024-01-01" };

  test.each([
    ["2023-06-01", "2025-01-01", 2],
    ["2024-01-01", "2025-01-01", 2],
    ["2024-06-01", "2025-01-01", 2],
    ["2024-12-31", "2025-01-01", 2],
    // On the anniversary the renewal has already happened.
    ["2025-01-01", "2026-01-01", 3],
    ["2031-07-14", "2032-01-01", 9],
  ])("on %s the next renewal is %s (term %i)", (date, renewsOn, termNumber) => {
    expect(nextRenewal(redon, date)).toEqual({ kind: "anniversary", renewsOn, termNumber });
  });

  test("an instant counts on its Paris date (23:30 UTC on 31 Dec is New Year in Paris)", () => {
    expect(nextRenewal(redon, new Date("2024-12-31T23:30:00Z"))?.renewsOn).toBe("2026-01-01");
    expect(nextRenewal(redon, new Date("2024-12-31T22:30:00Z"))?.renewsOn).toBe("2025-01-01");
  });

  const leap: Agreement = { kind: "redon-convention", effectiveFrom: "2024-02-29" };
  test.each([
    ["2024-03-01", "2025-02-28"],
    ["2025-02-28", "2026-02-28"],
    ["2027-03-01", "2028-02-29"],
  ])("effective on 29 February: on %s the next renewal is %s", (date, renewsOn) => {
    expect(nextRenewal(leap, date)?.renewsOn).toBe(renewsOn);
  });
});

describe("Redon convention — twelve months' notice (seed 002 art. 2.4)", () => {
  const redon: Agreement = { kind: "redon-convention", effectiveFrom: "2024-01-01" };

  test.each([
    ["2024-06-01", "2025-06-01", "2025-06-02"],
    ["2024-02-29", "2025-02-28", "2025-03-01"],
    ["2024-12-31", "2025-12-31", "2026-01-01"],
    ["2024-01-01", "2025-01-01", "2025-01-02"],
  ])(
    "notice on %s → last day %s, no longer in force from %s",
    (notice, lastDayInForce, effectiveTo) => {
      expect(endDateAfterNotice(redon, notice)).toEqual({ lastDayInForce, effectiveTo });
    },
  );

  test("the end is notice + 12 months, not the next anniversary after 12 months", () => {
    expect(endDateAfterNotice(redon, "2024-06-01")?.lastDayInForce).not.toBe("2025-12-31");
  });

  test("renewals falling before the end still happen; none after it", () => {
    const noticed: Agreement = { ...redon, noticeGivenOn: "2024-06-01" };
    expect(nextRenewal(noticed, "2024-07-01")?.renewsOn).toBe("2025-01-01");
    expect(nextRenewal(noticed, "2025-02-01")).toBeNull();
    const lastMinute: Agreement = { ...redon, noticeGivenOn: "2024-12-31" };
    // Ends on 31 Dec 2025: the 1 Jan 2026 renewal never comes.
    expect(nextRenewal(lastMinute, "2025-06-01")).toBeNull();
  });

  test("a notice before the convention takes effect is refused", () => {
    expect(() => endDateAfterNotice(redon, "2023-12-31")).toThrow(/ne peut pas précéder/);
  });
});

describe("Bordeaux contrat d'engagement — the mandate, renewed within six months of the election (seed 000 art. 7)", () => {
  const begles: Agreement = { kind: "bordeaux-contrat-engagement", signedOn: "2016-02-15" };

  test("the elections are held as data, with the 2020 second round postponed to 28 June", () => {
    expect(FRENCH_MUNICIPAL_ELECTIONS.map((e) => [e.firstRound, e.secondRound])).toEqual([
      ["2014-03-23", "2014-03-30"],
      ["2020-03-15", "2020-06-28"],
      ["2026-03-15", "2026-03-22"],
    ]);
  });

  test.each([
    ["2016-02-15", 2020, "2020-06-28", "2020-12-28"],
    ["2020-07-01", 2020, "2020-06-28", "2020-12-28"],
    // The last day of the window: the renewal is acquired at its end, so still ahead.
    ["2020-12-28", 2020, "2020-06-28", "2020-12-28"],
    ["2020-12-29", 2026, "2026-03-22", "2026-09-22"],
    ["2026-09-22", 2026, "2026-03-22", "2026-09-22"],
  ])(
    "on %s the next renewal follows the %i election (%s), acquired by %s",
    (date, electionYear, electionOn, renewsOn) => {
      expect(nextRenewal(begles, date)).toEqual({
        kind: "post-election",
        electionYear,
        electionOn,
        renewsOn,
      });
    },
  );

  test("after the last known election's window there is no renewal to announce", () => {
    expect(nextRenewal(begles, "2026-09-23")).toBeNull();
  });

  test("a council elected at the first round counts from that round (15 March 2020)", () => {
    const firstRound: Agreement = { ...begles, electedAtFirstRoundIn: [2020] };
    expect(nextRenewal(firstRound, "2019-01-01")).toMatchObject({
      electionOn: "2020-03-15",
      renewsOn: "2020-09-15",
    });
  });

  test("an election before the signature does not renew the contract (Bruges, signed December 2015)", () => {
    const bruges: Agreement = { kind: "bordeaux-contrat-engagement", signedOn: "2015-12-17" };
    expect(nextRenewal(bruges, "2015-12-18")).toMatchObject({ electionYear: 2020 });
    const early: Agreement = { kind: "bordeaux-contrat-engagement", signedOn: "2014-01-10" };
    expect(nextRenewal(early, "2014-05-01")).toMatchObject({
      electionYear: 2014,
      renewsOn: "2014-09-30",
    });
  });

  test.each([
    ["2019-05-01", "2020-12-28", "2020-12-29"],
    ["2020-08-01", "2020-12-28", "2020-12-29"],
    ["2020-12-28", "2020-12-28", "2020-12-29"],
    ["2021-01-01", "2026-09-22", "2026-09-23"],
  ])(
    "notice on %s → the contract lapses at the end of the window, on %s",
    (notice, lastDayInForce, effectiveTo) => {
      expect(endDateAfterNotice(begles, notice)).toEqual({ lastDayInForce, effectiveTo });
    },
  );

  test("a notice aimed at an election not yet called has no date", () => {
    expect(endDateAfterNotice(begles, "2026-10-01")).toBeNull();
  });

  test("once notice is given the coming renewal does not happen", () => {
    const noticed: Agreement = { ...begles, noticeGivenOn: "2020-08-01" };
    expect(nextRenewal(noticed, "2020-07-01")).toBeNull();
    expect(nextRenewal(noticed, "2018-01-01")).toBeNull();
  });

  test("invalid agreements and notices are refused in French", () => {
    expect(() => endDateAfterNotice(begles, "2015-01-01")).toThrow(
      /ne peut pas précéder la signature/,
    );
    expect(() => endDateAfterNotice(begles, "2020-02-30")).toThrow(/Date du préavis invalide/);
    expect(() =>
      nextRenewal({ kind: "bordeaux-contrat-engagement", signedOn: "15/02/2016" }, "2020-01-01"),
    ).toThrow(/Convention invalide\s: signedOn/);
    expect(() => nextRenewal({ kind: "autre" } as unknown as Agreement, "2020-01-01")).toThrow(
      /Type de convention inconnu/,
    );
  });
});
