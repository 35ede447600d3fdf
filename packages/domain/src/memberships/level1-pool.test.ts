import { describe, expect, test } from "vitest";
import { level1PoolUse } from "./level1-pool.ts";
import { redonTariff2022 as tariff } from "./redon-tariff.ts";
import { yearlyContribution } from "./yearly-contribution.ts";

describe("level-1 missions against the member's share of the 117 days (002 art. 3.2.2, 7.1.1)", () => {
  test("a commune of 5 000 inhabitants: 39 days ÷ 6 communes = 6.5 days", () => {
    const use = level1PoolUse(tariff, 5000, 2026, 12);
    expect(use).toMatchObject({ allowanceDays: 6.5, chargedDays: 6, remainingDays: 0.5 });
    expect(use.beyondHalfDays).toBe(0);
  });

  test("exactly the share: nothing beyond; one half day more: 200 €", () => {
    expect(level1PoolUse(tariff, 5000, 2026, 13).beyondHalfDays).toBe(0);
    const over = level1PoolUse(tariff, 5000, 2026, 16);
    expect(over).toMatchObject({ beyondHalfDays: 3, beyondCents: 60_000, remainingDays: 0 });
  });

  test("a commune of 2 000: 40.5 ÷ 9 = 4.5 days; of 800: 37.5 ÷ 15 = 2.5 days", () => {
    expect(level1PoolUse(tariff, 2000, 2026, 0).allowanceDays).toBe(4.5);
    expect(level1PoolUse(tariff, 800, 2026, 6)).toMatchObject({
      allowanceDays: 2.5,
      beyondHalfDays: 1,
      beyondCents: 20_000,
    });
  });

  test("half days beyond the share flow into the next year's contribution", () => {
    const member = { population: 5000 };
    const periods = [
      {
        subscription: "socle-complet" as const,
        effectiveFrom: "2025-01-01",
        effectiveTo: null,
        auditInvoicedOn: null,
      },
    ];
    const base = yearlyContribution(tariff, member, periods, null, 2027);
    const withBeyond = yearlyContribution(tariff, member, periods, null, 2027, {
      workedIn: 2026,
      halfDays: 3,
    });
    expect(withBeyond.cents - base.cents).toBe(60_000);
    expect(withBeyond.lines.at(-1)?.label).toBe(
      "Prestations ponctuelles en 2026 au-delà des 117 jours partagés (3 demi-journées × 200,00 €)",
    );
  });
});
