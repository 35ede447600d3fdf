/** One version in full (annex included): an old one, the one in force, or — for the Métropole — a draft. */
import { inTenant, type ServiceContext } from "../tenant.ts";
import { annexOf, loadVersion } from "./contract-view.ts";
import { versionSummary } from "./read-model.ts";
import { parisToday } from "@mutu/domain";

export async function getVersion(ctx: ServiceContext, input: { versionId: string }) {
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const { summary, version } = await loadVersion(tx, ctx.caller, input.versionId, today);
    return {
      contract: summary,
      version: { ...versionSummary(version), annex: await annexOf(tx, version.id) },
    };
  });
}
