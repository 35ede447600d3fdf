/** Reading a register and one of its records. */
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { today } from "./context.ts";
import { loadProcessing, processingDetail, selectRegister, summaryOf } from "./processing-view.ts";

export async function listProcessings(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; status?: string | undefined; q?: string | undefined },
) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  return inTenant(ctx, async (tx) => {
    const rows = await selectRegister(tx, orgId, input);
    return rows.map(summaryOf);
  });
}

export async function getProcessing(ctx: ServiceContext, input: { processingId: string }) {
  return inTenant(ctx, async (tx) => {
    const row = await loadProcessing(tx, input.processingId);
    return processingDetail(tx, ctx.caller, row, today(ctx));
  });
}
