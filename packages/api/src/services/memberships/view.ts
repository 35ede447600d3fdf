/** A member's convention as members and the Métropole read it: choice, periods, renewal, contributions. */
import {
  currentPeriod,
  level1DaysAllowance,
  type RedonTariff,
  yearlyContribution,
  yearOf,
} from "@mutu/domain";
import type { Tx } from "@mutu/db";
import { type ContractRow, contractSummary } from "../contracts/read-model.ts";
import { beyondCarried, missionHalfDays } from "../projects/level1.ts";
import { populationProblem } from "./choice-rules.ts";
import { periodOutput, selectPeriods } from "./periods.ts";
import { tariffData } from "./tariff.ts";

export function level1Of(tariff: RedonTariff, population: number) {
  const allowance = level1DaysAllowance(tariff, population);
  return {
    tierLabel: allowance.tier.label,
    days: allowance.days,
    tierDays: allowance.tierDays,
    communesInTier: allowance.communesInTier,
    poolDays: allowance.poolDays,
    halfDayCents: tariff.level1.halfDayCents,
    needsReview: allowance.needsReview,
  };
}

export async function membershipView(tx: Tx, contract: ContractRow, today: string) {
  const periods = await selectPeriods(tx, [contract.id]);
  const tariff = tariffData(contract.tariffCode);
  const current = currentPeriod(periods, today);
  const population = contract.population;
  const year = yearOf(today);
  const charged = await missionHalfDays(tx, [contract.orgId], year - 1);
  const chargedThisYear = await missionHalfDays(tx, [contract.orgId], year);
  const before = (y: number) => (y === year ? charged : chargedThisYear).get(contract.orgId) ?? 0;
  return {
    contract: contractSummary(contract, periods, today, null),
    member: { orgId: contract.orgId, name: contract.orgName, population },
    current: current ? periodOutput(current, today) : null,
    periods: periods.map((p) => periodOutput(p, today)),
    level1:
      population !== null && current?.subscription === "socle-complet"
        ? level1Of(tariff, population)
        : null,
    contributions:
      population === null
        ? []
        : [year, year + 1].map((y) =>
            yearlyContribution(
              tariff,
              { population },
              periods,
              contract.effectiveTo,
              y,
              beyondCarried(tariff, population, y, before(y)),
            ),
          ),
    contributionProblem: population === null ? populationProblem(contract.orgName) : null,
  };
}
