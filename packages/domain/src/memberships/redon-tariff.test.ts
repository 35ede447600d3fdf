import { describe, expect, test } from "vitest";
import { seedFacts } from "../seed-facts/seed-facts.fixture.ts";
import { redonTariff2022 as tariff, rowFor, tierContains } from "./redon-tariff.ts";

type Prices = {
  socleComplet: {
    tiers: Array<{ tier: string; partFixe: number; partVariableParHabitant: number }>;
  };
  audit: Array<{ tier: string; price: number }>;
  groupementAchats: {
    tiers: Array<{ tier: string; partFixe: number; partVariableParHabitant: number }>;
  };
  niveau1Extra: { price: number };
};
type Level1 = {
  totalPerYear: number;
  split: Array<{ tier: string; communes: number; days: number }>;
};

// The independent extraction of seed 002 in communes.json, to catch a transcription slip here.
const redon = (
  seedFacts() as unknown as {
    redon: { convention: { prices: Prices; niveau1SharedDays: Level1 } };
  }
).redon.convention;
const cents = (euros: number) => Math.round(euros * 100);
const fold = (label: string) => label.toLowerCase().replace(/ habitants$/, "");

describe("redonTariff2022 matches the reference extraction of seed 002 art. 7", () => {
  test("socle complet: fixed parts by tier and 1,5 € per inhabitant", () => {
    expect(tariff.socleComplet.rows.map((r) => [fold(r.tier.label), r.fixedCents])).toEqual(
      redon.prices.socleComplet.tiers.map((t) => [fold(t.tier), cents(t.partFixe)]),
    );
    for (const t of redon.prices.socleComplet.tiers) {
      expect(tariff.socleComplet.variableCentsPerInhabitant).toBe(cents(t.partVariableParHabitant));
    }
  });

  test("audit prices by tier", () => {
    expect(tariff.audit.rows.map((r) => [fold(r.tier.label), r.priceCents])).toEqual(
      redon.prices.audit.map((t) => [fold(t.tier), cents(t.price)]),
    );
  });

  test("purchasing groups: fixed parts by tier and 0,25 € per inhabitant", () => {
    expect(tariff.groupementAchats.rows.map((r) => [fold(r.tier.label), r.fixedCents])).toEqual(
      redon.prices.groupementAchats.tiers.map((t) => [fold(t.tier), cents(t.partFixe)]),
    );
    for (const t of redon.prices.groupementAchats.tiers) {
      expect(tariff.groupementAchats.variableCentsPerInhabitant).toBe(
        cents(t.partVariableParHabitant),
      );
    }
  });

  test("level 1: 117 days split 39 / 40,5 / 37,5 over 6 / 9 / 15 communes, 200 € the half day", () => {
    expect(tariff.level1.poolDays).toBe(redon.niveau1SharedDays.totalPerYear);
    expect(tariff.level1.rows.map((r) => [fold(r.tier.label), r.communes, r.days])).toEqual(
      redon.niveau1SharedDays.split.map((s) => [fold(s.tier), s.communes, s.days]),
    );
    expect(tariff.level1.halfDayCents).toBe(cents(redon.prices.niveau1Extra.price));
  });
});

describe("population tiers", () => {
  const tables = {
    socleComplet: tariff.socleComplet.rows,
    audit: tariff.audit.rows,
    groupementAchats: tariff.groupementAchats.rows,
    level1: tariff.level1.rows,
  };

  test.each(Object.entries(tables))(
    "%s: every population up to 8 000 falls in exactly one tier",
    (_name, rows) => {
      const misplaced: number[] = [];
      for (let population = 0; population <= 8000; population++) {
        if (rows.filter((row) => tierContains(row.tier, population)).length !== 1) {
          misplaced.push(population);
        }
      }
      expect(misplaced).toEqual([]);
    },
  );

  test("above 8 000 only the purchasing-groups table has a row; the others fall back, flagged", () => {
    expect(rowFor(tariff.groupementAchats.rows, 8001)).toMatchObject({
      beyondTable: false,
      row: { fixedCents: 350_000 },
    });
    expect(rowFor(tariff.socleComplet.rows, 8001)).toMatchObject({
      beyondTable: true,
      row: { fixedCents: 250_000 },
    });
    expect(rowFor(tariff.audit.rows, 120_000)).toMatchObject({
      beyondTable: true,
      row: { priceCents: 700_000 },
    });
  });
});
