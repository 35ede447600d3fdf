/** Editing a draft amendment: its subject, number, and any part of its annex. Signed versions refuse. */
import { diffAnnex, parisToday } from "@mutu/domain";
import { schema } from "@mutu/db";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertOperatorSide } from "./access.ts";
import { asAmendment, assertDraft, validAnnexOrThrow } from "./amendment-rules.ts";
import { annexOf, loadVersion } from "./contract-view.ts";
import { versionSummary } from "./read-model.ts";
import { changeRecord } from "../audit/caller-change.ts";

const { contractVersions } = schema;

export type UpdateDraftInput = {
  versionId: string;
  subject?: string | null | undefined;
  amendmentNumber?: number | null | undefined;
  annex?: unknown;
};

export async function updateDraft(ctx: ServiceContext, input: UpdateDraftInput) {
  assertOperatorSide(ctx.caller);
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const { contract, version } = await loadVersion(tx, ctx.caller, input.versionId, today, true);
    assertDraft(version);
    const before = await annexOf(tx, version.id);
    const subject = input.subject === undefined ? version.subject : input.subject?.trim() || null;
    const amendmentNumber =
      input.amendmentNumber === undefined ? version.amendmentNumber : input.amendmentNumber;
    const edited =
      input.annex === undefined
        ? before
        : validAnnexOrThrow(input.annex, "annex", "L'annexe modifiée n'est pas valide");
    if (edited.commune.slug !== before.commune.slug)
      throw new AppError("BAD_REQUEST", "Un avenant ne peut pas changer de commune.", {
        "annex.commune.slug": [`La commune de ce contrat est « ${before.commune.slug} ».`],
      });
    const annex = asAmendment(edited, {
      amendmentNumber,
      subject,
      signedOn: null,
      effectiveFrom: null,
    });
    await changeRecord(
      tx,
      ctx,
      contractVersions,
      { id: version.id, orgId: contract.orgId, entity: "contract-version" },
      { subject, amendmentNumber, annex },
      {
        action: "contract.update-draft",
        before: { subject: version.subject, amendmentNumber: version.amendmentNumber },
        after: { subject, amendmentNumber, annexChanges: diffAnnex(before, annex) },
      },
    );
    const reloaded = await loadVersion(tx, ctx.caller, version.id, today);
    return {
      contract: reloaded.summary,
      version: { ...versionSummary(reloaded.version), annex },
    };
  });
}
