/** Every contract and convention the caller may see, with status, next renewal or end, and drafts pending. */
import { schema } from "@mutu/db";
import { eq, inArray } from "drizzle-orm";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import {
  contractSummary,
  seesDrafts,
  selectContracts,
  selectVersions,
  withPeriods,
} from "./read-model.ts";
import { parisToday } from "@mutu/domain";

const { contracts, memberships } = schema;

export async function listContracts(ctx: ServiceContext, input: { orgId?: string | undefined }) {
  if (input.orgId) assertVisibleOrg(ctx.caller, input.orgId);
  const today = parisToday(ctx.now());
  const drafts = seesDrafts(ctx.caller);
  return inTenant(ctx, async (tx) => {
    const rows = await selectContracts(
      tx,
      input.orgId ? eq(contracts.orgId, input.orgId) : undefined,
    );
    const ids = rows.map((c) => c.id);
    const versions = await selectVersions(tx, ids, drafts);
    const periods = ids.length
      ? await tx
          .select({
            contractId: memberships.contractId,
            effectiveFrom: memberships.effectiveFrom,
            effectiveTo: memberships.effectiveTo,
          })
          .from(memberships)
          .where(inArray(memberships.contractId, ids))
      : [];
    return rows.map((contract) => {
      if (contract.kind === "convention") {
        const own = periods.filter((p) => p.contractId === contract.id);
        return contractSummary(contract, own, today, null);
      }
      const own = versions.filter((v) => v.contractId === contract.id);
      const signed = withPeriods(own, contract.effectiveTo, today).filter(
        (v) => v.status === "signed",
      );
      const pending = drafts ? own.filter((v) => v.status === "draft").length : null;
      return contractSummary(contract, signed, today, pending);
    });
  });
}
