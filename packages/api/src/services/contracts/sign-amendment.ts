/**
 * Recording an amendment's signature and effective date: the draft becomes a published, immutable
 * version. An effective date before the latest signed version's is refused: amendments follow one
 * another in time (equal dates are allowed — the sources have avenants signed the same day).
 */
import { schema } from "@mutu/db";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertOperatorSide } from "./access.ts";
import { asAmendment, assertDraft, validAnnexOrThrow } from "./amendment-rules.ts";
import { annexOf, loadVersion } from "./contract-view.ts";
import { latestSigned, versionLabel } from "./latest-signed.ts";
import { versionSummary } from "./read-model.ts";
import { frenchDate, parisToday } from "@mutu/domain";
import { changeRecord } from "../audit/caller-change.ts";

const { contractVersions } = schema;

export async function signAmendment(
  ctx: ServiceContext,
  input: { versionId: string; signedOn: string; effectiveFrom: string },
) {
  assertOperatorSide(ctx.caller);
  const today = parisToday(ctx.now());
  if (input.signedOn > today)
    throw new AppError("BAD_REQUEST", "La date de signature ne peut pas être dans le futur.", {
      signedOn: [`Au plus tard aujourd'hui (${frenchDate(today)}).`],
    });
  return inTenant(ctx, async (tx) => {
    const { contract, versions, version } = await loadVersion(
      tx,
      ctx.caller,
      input.versionId,
      today,
      true,
    );
    assertDraft(version);
    const previous = latestSigned(versions);
    if (previous && input.effectiveFrom < previous.effectiveFrom)
      throw new AppError(
        "BAD_REQUEST",
        `La date d'effet (${frenchDate(input.effectiveFrom)}) précède celle de la version précédente (${versionLabel(previous)}, en vigueur depuis le ${frenchDate(previous.effectiveFrom)}) : choisissez une date à partir du ${frenchDate(previous.effectiveFrom)}.`,
        { effectiveFrom: [`Au plus tôt le ${frenchDate(previous.effectiveFrom)}.`] },
      );
    if (contract.effectiveTo && input.effectiveFrom >= contract.effectiveTo)
      throw new AppError(
        "BAD_REQUEST",
        `Le contrat prend fin le ${frenchDate(contract.effectiveTo)} : un avenant ne peut pas prendre effet à cette date ou après.`,
        { effectiveFrom: [`Avant le ${frenchDate(contract.effectiveTo)}.`] },
      );
    const annex = validAnnexOrThrow(
      asAmendment(await annexOf(tx, version.id), {
        amendmentNumber: version.amendmentNumber,
        subject: version.subject,
        signedOn: input.signedOn,
        effectiveFrom: input.effectiveFrom,
      }),
      "annex",
      "L'avenant ne peut pas être signé en l'état",
    );
    const { signedOn, effectiveFrom } = input;
    await changeRecord(
      tx,
      ctx,
      contractVersions,
      { id: version.id, orgId: contract.orgId, entity: "contract-version" },
      { status: "signed", signedOn, effectiveFrom, publishedAt: ctx.now(), annex },
      {
        action: "contract.sign-amendment",
        before: { status: "draft" },
        after: {
          status: "signed",
          seq: version.seq,
          amendmentNumber: version.amendmentNumber,
          signedOn,
          effectiveFrom,
        },
      },
    );
    const signed = await loadVersion(tx, ctx.caller, version.id, today);
    return { contract: signed.summary, version: { ...versionSummary(signed.version), annex } };
  });
}
