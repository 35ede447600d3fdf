/**
 * « Mon contrat »: the commune's contrat d'engagement, the version of its annex in force today, and
 * the list of its versions (read anyway to find the one in force) — the whole page in one call.
 */
import { notFound } from "../../errors.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { readContract } from "./contract-view.ts";
import { versionSummary } from "./read-model.ts";
import { parisToday } from "@mutu/domain";

export async function currentContract(ctx: ServiceContext, input: { orgId?: string | undefined }) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const read = await readContract(tx, ctx.caller, { orgId, kind: "engagement" }, today, {
      annexOn: today,
    });
    if (!read) throw notFound("Contrat d'engagement de cette commune");
    const { summary, onDate, versions } = read;
    return {
      contract: summary,
      version: onDate ? { ...versionSummary(onDate.version), annex: onDate.annex } : null,
      versions: versions.map(versionSummary),
    };
  });
}
