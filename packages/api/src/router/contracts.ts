/** Contrats d'engagement: read the contract in force, its history and diffs; draft, sign, import. */
import {
  contractIdInput,
  diffInput,
  draftAmendmentInput,
  importAnnexInput,
  optionalOrgInput,
  signAmendmentInput,
  updateDraftInput,
  versionAtInput,
  versionIdInput,
} from "@mutu/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { diffVersions } from "../services/contracts/diff.ts";
import { discardDraft } from "../services/contracts/discard-draft.ts";
import { draftAmendment } from "../services/contracts/draft-amendment.ts";
import { currentContract } from "../services/contracts/get-current.ts";
import { getVersion } from "../services/contracts/get-version.ts";
import { contractHistory } from "../services/contracts/history.ts";
import { importAnnex } from "../services/contracts/import-annex.ts";
import { listContracts } from "../services/contracts/list.ts";
import { signAmendment } from "../services/contracts/sign-amendment.ts";
import { updateDraft } from "../services/contracts/update-draft.ts";
import { versionAtDate } from "../services/contracts/version-at-date.ts";
import {
  annexChangeOutput,
  contractSummaryOutput,
  contractWithVersionOutput,
  versionDetailOutput,
  versionSummaryOutput,
} from "../services/contracts/schemas.ts";
import { requirePermission } from "../trpc.ts";

const read = requirePermission("contracts.read");
const manage = requirePermission("contracts.manage");

export const contractsRouter = {
  list: read
    .input(optionalOrgInput)
    .output(z.array(contractSummaryOutput))
    .query(({ ctx, input }) => listContracts(ctx, input)),
  current: read
    .input(optionalOrgInput)
    .output(
      z.object({
        contract: contractSummaryOutput,
        version: versionDetailOutput.nullable(),
        versions: z.array(versionSummaryOutput),
      }),
    )
    .query(({ ctx, input }) => currentContract(ctx, input)),
  history: read
    .input(contractIdInput)
    .output(z.object({ contract: contractSummaryOutput, versions: z.array(versionSummaryOutput) }))
    .query(({ ctx, input }) => contractHistory(ctx, input)),
  versionAt: read
    .input(versionAtInput)
    .output(z.object({ date: z.string(), version: versionDetailOutput.nullable() }))
    .query(({ ctx, input }) => versionAtDate(ctx, input)),
  version: read
    .input(versionIdInput)
    .output(contractWithVersionOutput)
    .query(({ ctx, input }) => getVersion(ctx, input)),
  diff: read
    .input(diffInput)
    .output(
      z.object({
        from: versionSummaryOutput,
        to: versionSummaryOutput,
        changes: z.array(annexChangeOutput),
      }),
    )
    .query(({ ctx, input }) => diffVersions(ctx, input)),
  draftAmendment: manage
    .input(draftAmendmentInput)
    .output(contractWithVersionOutput)
    .mutation(({ ctx, input }) => draftAmendment(ctx, input)),
  updateDraft: manage
    .input(updateDraftInput)
    .output(contractWithVersionOutput)
    .mutation(({ ctx, input }) => updateDraft(ctx, input)),
  signAmendment: manage
    .input(signAmendmentInput)
    .output(contractWithVersionOutput)
    .mutation(({ ctx, input }) => signAmendment(ctx, input)),
  discardDraft: manage
    .input(versionIdInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => discardDraft(ctx, input)),
  importAnnex: manage
    .input(importAnnexInput)
    .output(z.object({ contract: contractSummaryOutput, version: versionSummaryOutput }))
    .mutation(({ ctx, input }) => importAnnex(ctx, input)),
} satisfies TRPCRouterRecord;
