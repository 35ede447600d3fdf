/** The version of a contract in force on a given day (Paris calendar), or none before the first one. */
import { notFound } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { readContract } from "./contract-view.ts";
import { versionSummary } from "./read-model.ts";
import { parisToday } from "@mutu/domain";

export async function versionAtDate(
  ctx: ServiceContext,
  input: { contractId: string; date: string },
) {
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const read = await readContract(tx, ctx.caller, { contractId: input.contractId }, today, {
      annexOn: input.date,
    });
    if (!read) throw notFound("Contrat");
    return {
      date: input.date,
      version: read.onDate
        ? { ...versionSummary(read.onDate.version), annex: read.onDate.annex }
        : null,
    };
  });
}
