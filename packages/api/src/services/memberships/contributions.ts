/**
 * The year's contributions of every member the caller may see: one row per member charged that
 * year, the totals, and the staffing threshold the socle complet members fund (art. 6).
 */
import { SUBSCRIPTION_LABELS, staffingFor, yearlyContribution } from "@mutu/domain";
import { schema } from "@mutu/db";
import { eq } from "drizzle-orm";
import { selectContracts } from "../contracts/read-model.ts";
import { beyondCarried, missionHalfDays } from "../projects/level1.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { populationProblem } from "./choice-rules.ts";
import { selectPeriods } from "./periods.ts";
import { tariffData } from "./tariff.ts";

const { contracts } = schema;

export async function contributionsOfYear(ctx: ServiceContext, input: { year: number }) {
  const { year } = input;
  const rows = await inTenant(ctx, async (tx) => {
    const members = await selectContracts(tx, eq(contracts.kind, "convention"));
    const periods = await selectPeriods(
      tx,
      members.map((c) => c.id),
    );
    const chargedBefore = await missionHalfDays(
      tx,
      members.map((c) => c.orgId),
      year - 1,
    );
    return members.map((contract) => {
      const own = periods.filter((p) => p.contractId === contract.id);
      const base = {
        orgId: contract.orgId,
        orgName: contract.orgName,
        population: contract.population,
      };
      if (contract.population === null)
        return { ...base, contribution: null, problem: populationProblem(contract.orgName) };
      const tariff = tariffData(contract.tariffCode);
      const contribution = yearlyContribution(
        tariff,
        { population: contract.population },
        own,
        contract.effectiveTo,
        year,
        beyondCarried(tariff, contract.population, year, chargedBefore.get(contract.orgId) ?? 0),
      );
      return { ...base, contribution, problem: null };
    });
  });
  const charged = rows
    .filter((r) => r.contribution === null || r.contribution.basis !== "none")
    .map((r) => ({
      orgId: r.orgId,
      orgName: r.orgName,
      population: r.population,
      subscriptions: r.contribution?.subscriptions ?? [],
      subscriptionLabels: (r.contribution?.subscriptions ?? []).map((s) => SUBSCRIPTION_LABELS[s]),
      basis: r.contribution?.basis ?? "none",
      cents: r.contribution?.cents ?? 0,
      needsReview: r.contribution?.needsReview ?? false,
      lines: r.contribution?.lines ?? [],
      problem: r.problem,
    }));
  const socleComplet = charged.filter((r) => r.subscriptions.includes("socle-complet")).length;
  const staffing = staffingFor(socleComplet);
  return {
    year,
    rows: charged,
    totals: {
      members: charged.length,
      cents: charged.reduce((sum, r) => sum + r.cents, 0),
      needsReview: charged.filter((r) => r.needsReview).length,
      problems: charged.filter((r) => r.problem !== null).length,
    },
    staffing: {
      socleCompletMembers: socleComplet,
      extraFte: staffing?.extraFte ?? 0,
      condition: staffing?.condition ?? null,
    },
  };
}
