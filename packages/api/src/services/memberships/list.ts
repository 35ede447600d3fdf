/** Every convention member the caller may see, with its current choice and the convention's status. */
import { schema } from "@mutu/db";
import { eq } from "drizzle-orm";
import { contractSummary, selectContracts } from "../contracts/read-model.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { periodOutput, selectPeriods } from "./periods.ts";
import { currentPeriod, parisToday } from "@mutu/domain";

const { contracts } = schema;

export async function listMemberships(ctx: ServiceContext) {
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const rows = await selectContracts(tx, eq(contracts.kind, "convention"));
    const periods = await selectPeriods(
      tx,
      rows.map((c) => c.id),
    );
    return rows.map((contract) => {
      const own = periods.filter((p) => p.contractId === contract.id);
      const current = currentPeriod(own, today);
      return {
        contract: contractSummary(contract, own, today, null),
        member: { orgId: contract.orgId, name: contract.orgName, population: contract.population },
        current: current ? periodOutput(current, today) : null,
      };
    });
  });
}
