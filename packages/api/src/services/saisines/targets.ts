/**
 * The delay targets a commune's saisines run on, as the signed contract sets them: for each signed
 * version of its contrat d'engagement, from its effective date, the delays of the indicators that
 * measure saisines. A saisine keeps the targets of the version in force on its filing day.
 */
import { describeDelayRule, parisToday, slaTargetsOfAnnex } from "@mutu/domain";
import { versionLabel } from "../contracts/latest-signed.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { annexesOf } from "./annex.ts";
import { readContract } from "../contracts/contract-view.ts";

export async function listTargets(ctx: ServiceContext, input: { orgId?: string | undefined }) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const read = await readContract(tx, ctx.caller, { orgId, kind: "engagement" }, today);
    const signed = (read?.versions ?? []).filter(
      (v) => v.status === "signed" && v.effectiveFrom !== null,
    );
    const annexes = await annexesOf(
      tx,
      signed.map((v) => v.id),
    );
    return {
      orgId,
      sets: signed
        .map((version) => ({
          effectiveFrom: version.effectiveFrom ?? "",
          inForce: version.inForce,
          agreedRef: versionLabel(version),
          targets: slaTargetsOfAnnex(annexes.get(version.id) ?? { indicators: [] }).map((t) => ({
            indicator: t.indicator,
            nature: t.nature ?? null,
            criticality: t.criticality ?? null,
            businessMinutes: t.businessMinutes,
            compliancePercent: t.compliancePercent ?? null,
            description: describeDelayRule(t),
          })),
        }))
        .reverse(),
    };
  });
}
