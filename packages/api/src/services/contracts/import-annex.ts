/**
 * Importing a contract annex from a JSON file: it becomes a signed version of the commune's
 * contrat d'engagement (the contract is created with its first version). The file is refused whole
 * with every problem at once — syntax (line and column), format (field path), and what only the
 * database knows (wrong commune, an effective date before the latest version's) — nothing written.
 */
import { type AnnexImportProblem, parseAnnexImport, frenchDate, parisToday } from "@mutu/domain";
import { schema } from "@mutu/db";
import { eq } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { assertOperatorSide } from "./access.ts";
import { fieldErrorsOfProblems } from "./amendment-rules.ts";
import { jsonErrorPosition } from "./json-syntax.ts";
import { loadVersion } from "./contract-view.ts";
import { latestSigned, versionLabel } from "./latest-signed.ts";
import { contractOfOrg, selectVersions, versionSummary } from "./read-model.ts";
import { createRecord } from "../audit/caller-change.ts";

const { contracts, contractVersions, organisations } = schema;

const plural = (n: number) => (n > 1 ? `${n} problèmes` : "1 problème");

function refused(problems: AnnexImportProblem[]): AppError {
  return new AppError(
    "BAD_REQUEST",
    `Import refusé : ${plural(problems.length)} dans le fichier ; rien n'a été enregistré.`,
    fieldErrorsOfProblems(problems),
  );
}

function parseJsonFile(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    throw refused([
      { path: "", message: `Le fichier n'est pas un JSON valide${jsonErrorPosition(content)}.` },
    ]);
  }
}

export async function importAnnex(ctx: ServiceContext, input: { orgId: string; content: string }) {
  assertOperatorSide(ctx.caller);
  assertVisibleOrg(ctx.caller, input.orgId);
  const parsed = parseAnnexImport(parseJsonFile(input.content));
  if (!parsed.ok) throw refused(parsed.problems);
  const annex = parsed.annex;
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, input.orgId));
    if (!org) throw notFound("Organisation");
    if (org.kind !== "commune")
      throw new AppError("BAD_REQUEST", "Une annexe de contrat se rattache à une commune.", {
        orgId: ["Choisissez une commune."],
      });
    const existing = await contractOfOrg(tx, org.id, "engagement", true);
    const problems: AnnexImportProblem[] = [];
    if (annex.commune.slug !== org.slug)
      problems.push({
        path: "commune.slug",
        message: `Ce fichier concerne « ${annex.commune.name} » (${annex.commune.slug}), pas ${org.name} (${org.slug}).`,
      });
    if (!annex.effectiveFrom)
      problems.push({
        path: "effectiveFrom",
        message: "Date d'effet requise : une annexe importée est une version signée.",
      });
    const versions = existing ? await selectVersions(tx, [existing.id], true) : [];
    const previous = latestSigned(versions);
    if (previous && annex.effectiveFrom && annex.effectiveFrom < previous.effectiveFrom)
      problems.push({
        path: "effectiveFrom",
        message: `La date d'effet (${frenchDate(annex.effectiveFrom)}) précède celle de la version précédente (${versionLabel(previous)}, en vigueur depuis le ${frenchDate(previous.effectiveFrom)}).`,
      });
    if (existing?.effectiveTo && annex.effectiveFrom && annex.effectiveFrom >= existing.effectiveTo)
      problems.push({
        path: "effectiveFrom",
        message: `Le contrat prend fin le ${frenchDate(existing.effectiveTo)} : cette annexe prendrait effet après.`,
      });
    if (problems.length) throw refused(problems);

    let contractId = existing?.id;
    if (!contractId) {
      const [created] = await tx
        .insert(contracts)
        .values({
          orgId: org.id,
          operatorId: ctx.caller.operatorId,
          kind: "engagement",
          title: `Contrat d'engagement – ${org.name}`,
          signedOn: annex.contractSignedOn,
          effectiveFrom: annex.contractSignedOn,
        })
        .returning({ id: contracts.id });
      contractId = created?.id;
    }
    if (!contractId) throw new Error("insert returned nothing");
    const seq = Math.max(0, ...versions.map((v) => v.seq)) + 1;
    const kind = annex.origin.kind === "contract" ? "original" : "amendment";
    const { signedOn, effectiveFrom } = annex;
    const version = await createRecord(
      tx,
      ctx,
      contractVersions,
      { orgId: org.id, entity: "contract-version" },
      {
        contractId,
        orgId: org.id,
        seq,
        kind,
        amendmentNumber: annex.origin.kind === "amendment" ? annex.origin.number : null,
        subject: annex.origin.kind === "amendment" ? annex.origin.subject : null,
        status: "signed",
        signedOn,
        effectiveFrom,
        annex,
        createdBy: ctx.caller.personId,
        publishedAt: ctx.now(),
      },
      {
        action: "contract.import-annex",
        after: { contractId, createdContract: !existing, seq, kind, signedOn, effectiveFrom },
      },
    );
    const view = await loadVersion(tx, ctx.caller, version.id, today);
    return { contract: view.summary, version: versionSummary(view.version) };
  });
}
