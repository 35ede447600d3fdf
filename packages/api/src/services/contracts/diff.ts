/** What changed between two versions of one contract, item by item (diffAnnex of @mutu/domain). */
import { diffAnnex, parisToday } from "@mutu/domain";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { annexOf, loadVersion } from "./contract-view.ts";
import { versionSummary } from "./read-model.ts";

export async function diffVersions(
  ctx: ServiceContext,
  input: { fromVersionId: string; toVersionId: string },
) {
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const from = await loadVersion(tx, ctx.caller, input.fromVersionId, today);
    const to = await loadVersion(tx, ctx.caller, input.toVersionId, today);
    if (from.contract.id !== to.contract.id)
      throw new AppError(
        "BAD_REQUEST",
        "Les deux versions comparées doivent appartenir au même contrat.",
        { toVersionId: ["Choisissez une version du même contrat."] },
      );
    const [before, after] = [await annexOf(tx, from.version.id), await annexOf(tx, to.version.id)];
    return {
      from: versionSummary(from.version),
      to: versionSummary(to.version),
      changes: diffAnnex(before, after),
    };
  });
}
