/** A contract's versions, oldest first: original, amendments (number, subject, signed on, in force from). */
import { notFound } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { readContract } from "./contract-view.ts";
import { versionSummary } from "./read-model.ts";
import { parisToday } from "@mutu/domain";

export async function contractHistory(ctx: ServiceContext, input: { contractId: string }) {
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const read = await readContract(tx, ctx.caller, { contractId: input.contractId }, today);
    if (!read) throw notFound("Contrat");
    return { contract: read.summary, versions: read.versions.map(versionSummary) };
  });
}
