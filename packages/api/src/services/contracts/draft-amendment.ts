/**
 * Drafting an amendment: a new version, copied from the latest signed one, that the Métropole edits
 * until it is signed. One draft at a time per contract.
 */
import { schema } from "@mutu/db";
import { AppError, notFound } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertOperatorSide } from "./access.ts";
import { asAmendment } from "./amendment-rules.ts";
import { annexOf, loadVersion, readContract } from "./contract-view.ts";
import { versionSummary } from "./read-model.ts";
import { parisToday } from "@mutu/domain";
import { createRecord } from "../audit/caller-change.ts";

const { contractVersions } = schema;

export async function draftAmendment(
  ctx: ServiceContext,
  input: { contractId: string; subject?: string | null | undefined },
) {
  assertOperatorSide(ctx.caller);
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const read = await readContract(tx, ctx.caller, { contractId: input.contractId }, today, {
      lock: true,
    });
    if (!read) throw notFound("Contrat");
    const { contract, versions } = read;
    if (contract.kind !== "engagement")
      throw new AppError(
        "BAD_REQUEST",
        "Une convention n'a pas d'annexe à amender : changez la formule de l'adhésion.",
      );
    const draft = versions.find((v) => v.status === "draft");
    if (draft)
      throw new AppError(
        "CONFLICT",
        `Un avenant est déjà en préparation (version ${draft.seq}) : modifiez-le, signez-le ou abandonnez-le.`,
      );
    const base = versions.filter((v) => v.status === "signed").at(-1);
    if (!base)
      throw new AppError(
        "BAD_REQUEST",
        "Ce contrat n'a encore aucune version signée : importez d'abord son annexe.",
      );
    const amendmentNumber = Math.max(0, ...versions.map((v) => v.amendmentNumber ?? 0)) + 1;
    const subject = input.subject?.trim() || null;
    const seq = Math.max(...versions.map((v) => v.seq)) + 1;
    const annex = asAmendment(await annexOf(tx, base.id), {
      amendmentNumber,
      subject,
      signedOn: null,
      effectiveFrom: null,
    });
    const created = await createRecord(
      tx,
      ctx,
      contractVersions,
      { orgId: contract.orgId, entity: "contract-version" },
      {
        contractId: contract.id,
        orgId: contract.orgId,
        seq,
        kind: "amendment",
        amendmentNumber,
        subject,
        status: "draft",
        annex,
        basedOnId: base.id,
        createdBy: ctx.caller.personId,
      },
      {
        action: "contract.draft-amendment",
        after: { contractId: contract.id, seq, amendmentNumber, subject, basedOn: base.id },
      },
    );
    const { summary, version } = await loadVersion(tx, ctx.caller, created.id, today);
    return { contract: summary, version: { ...versionSummary(version), annex } };
  });
}
