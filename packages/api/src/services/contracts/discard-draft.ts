/** Abandoning a draft amendment: it was never signed, so it leaves no version behind (the audit keeps it). */
import { schema } from "@mutu/db";
import { and, eq } from "drizzle-orm";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertOperatorSide } from "./access.ts";
import { assertDraft } from "./amendment-rules.ts";
import { annexOf, loadVersion } from "./contract-view.ts";
import { parisToday } from "@mutu/domain";
import { auditChange } from "../audit/caller-change.ts";

const { contractVersions } = schema;

export async function discardDraft(ctx: ServiceContext, input: { versionId: string }) {
  assertOperatorSide(ctx.caller);
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const { contract, version } = await loadVersion(tx, ctx.caller, input.versionId, today, true);
    assertDraft(version);
    const annex = await annexOf(tx, version.id);
    await tx
      .delete(contractVersions)
      .where(and(eq(contractVersions.id, version.id), eq(contractVersions.status, "draft")));
    await auditChange(tx, ctx, {
      orgId: contract.orgId,
      action: "contract.discard-draft",
      entity: "contract-version",
      entityId: version.id,
      before: {
        seq: version.seq,
        amendmentNumber: version.amendmentNumber,
        subject: version.subject,
        annex,
      },
    });
    return { ok: true as const };
  });
}
