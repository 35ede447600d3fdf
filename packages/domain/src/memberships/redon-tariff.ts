/**
 * Price tables of the Redon Agglomération convention de service commun (seed 002, art. 7, version
 * 1 approved on 28/03/2022), as data in integer euro cents, excluding tax.
 *
 * Tiers keep the tables' own words and turn them into inclusive integer bounds:
 *   "De 3000 à 8000"          → 3,000 … 8,000 (both ends included: "de … à …")
 *   "de 1500 à moins de 3000" → 1,500 … 2,999
 *   "moins de 1500"           → 0 … 1,499
 *   "Plus de 8000"            → 8,001 and above (purchasing groups only)
 * "au-delà de 8000 habitants" (notes (*) of art. 3.2.2 and 7.1) is the same as "Plus de 8000".
 */

export type PopulationTier = {
  /** As printed in the seed's table. */
  label: string;
  minInclusive: number;
  /** null = no upper bound. */
  maxInclusive: number | null;
};

export type FixedPriceRow = { tier: PopulationTier; fixedCents: number };
export type PriceRow = { tier: PopulationTier; priceCents: number };
export type Level1PoolRow = { tier: PopulationTier; communes: number; days: number };

export type RedonTariff = {
  id: string;
  source: string;
  currency: "EUR";
  socleComplet: {
    rows: FixedPriceRow[];
    /** The part variable is one merged cell spanning every tier of the table. */
    variableCentsPerInhabitant: number;
    /** Above this population the convention asks for a deeper review before joining. */
    reviewAbovePopulation: number;
  };
  audit: {
    rows: PriceRow[];
    /** Joining the socle complet within this many months deducts the audit (art. 4.1, 7.2.1). */
    deductionWindowMonths: number;
  };
  groupementAchats: { rows: FixedPriceRow[]; variableCentsPerInhabitant: number };
  level1: {
    poolDays: number;
    /** The split is the seed's "Exemple de répartition" for 30 member communes. */
    basisCommunes: number;
    rows: Level1PoolRow[];
    halfDayCents: number;
  };
};

const TIER_3000_8000: PopulationTier = {
  label: "De 3000 à 8000",
  minInclusive: 3000,
  maxInclusive: 8000,
};
const TIER_1500_2999: PopulationTier = {
  label: "de 1500 à moins de 3000",
  minInclusive: 1500,
  maxInclusive: 2999,
};
const TIER_0_1499: PopulationTier = { label: "moins de 1500", minInclusive: 0, maxInclusive: 1499 };
const TIER_ABOVE_8000: PopulationTier = {
  label: "Plus de 8000",
  minInclusive: 8001,
  maxInclusive: null,
};

export const redonTariff2022: RedonTariff = {
  id: "redon-2022",
  source: "Convention de service commun de REDON Agglomération, article 7",
  currency: "EUR",
  socleComplet: {
    // art. 7.1: 2 500 € / 2 000 € / 1 500 € + 1,5 € par habitant.
    rows: [
      { tier: TIER_3000_8000, fixedCents: 250_000 },
      { tier: TIER_1500_2999, fixedCents: 200_000 },
      { tier: TIER_0_1499, fixedCents: 150_000 },
    ],
    variableCentsPerInhabitant: 150,
    reviewAbovePopulation: 8000,
  },
  audit: {
    // art. 7.2.1: 7 000 € / 3 500 € / 990 €.
    rows: [
      { tier: TIER_3000_8000, priceCents: 700_000 },
      { tier: TIER_1500_2999, priceCents: 350_000 },
      { tier: TIER_0_1499, priceCents: 99_000 },
    ],
    deductionWindowMonths: 6,
  },
  groupementAchats: {
    // art. 7.2.2: 3 500 € / 2 000 € / 1 250 € / 750 € + 0,25 € par habitant.
    rows: [
      { tier: TIER_ABOVE_8000, fixedCents: 350_000 },
      { tier: TIER_3000_8000, fixedCents: 200_000 },
      { tier: TIER_1500_2999, fixedCents: 125_000 },
      { tier: TIER_0_1499, fixedCents: 75_000 },
    ],
    variableCentsPerInhabitant: 25,
  },
  level1: {
    // art. 3.2.2: 117 jours ouvrés maximum, 6 × / 9 × / 15 × communes; art. 7.1.1: 200 € la demi-journée.
    poolDays: 117,
    basisCommunes: 30,
    rows: [
      { tier: TIER_3000_8000, communes: 6, days: 39 },
      { tier: TIER_1500_2999, communes: 9, days: 40.5 },
      { tier: TIER_0_1499, communes: 15, days: 37.5 },
    ],
    halfDayCents: 20_000,
  },
};

export function tierContains(tier: PopulationTier, population: number): boolean {
  return (
    population >= tier.minInclusive &&
    (tier.maxInclusive === null || population <= tier.maxInclusive)
  );
}

/**
 * The row whose tier holds the population; when none does (a table without "Plus de 8000"),
 * the highest row, flagged `beyondTable` so the caller asks for the review the seed requires.
 */
export function rowFor<R extends { tier: PopulationTier }>(
  rows: readonly R[],
  population: number,
): { row: R; beyondTable: boolean } {
  const exact = rows.find((row) => tierContains(row.tier, population));
  if (exact) return { row: exact, beyondTable: false };
  const highest = rows.reduce<R | undefined>(
    (top, row) => (top === undefined || row.tier.minInclusive > top.tier.minInclusive ? row : top),
    undefined,
  );
  if (!highest || population < highest.tier.minInclusive) {
    throw new RangeError(`Aucune tranche de population ne couvre ${population} habitants.`);
  }
  return { row: highest, beyondTable: true };
}

/** The tariffs a convention may name by code (`tariffs.code`): a new one is a reviewed code change. */
const TARIFFS: readonly RedonTariff[] = [redonTariff2022];

export function tariffByCode(code: string | null): RedonTariff | undefined {
  return TARIFFS.find((tariff) => tariff.id === code);
}
