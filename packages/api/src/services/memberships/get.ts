/** A member's own membership (a commune reads its own; the Métropole names the member). */
import { notFound } from "../../errors.ts";
import { targetOrgId, inTenant, type ServiceContext } from "../tenant.ts";
import { contractOfOrg } from "../contracts/read-model.ts";
import { membershipView } from "./view.ts";
import { parisToday } from "@mutu/domain";

export async function getMembership(ctx: ServiceContext, input: { orgId?: string | undefined }) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const contract = await contractOfOrg(tx, orgId, "convention");
    if (!contract) throw notFound("Adhésion à une convention de service commun");
    return membershipView(tx, contract, today);
  });
}
