/**
 * Rules every amendment write shares: only a draft changes; a signed version is history (amending
 * a contract means a new version); an annex is stored only once it validates, its origin and dates
 * kept in step with the version that holds it.
 */
import { type Annex, type AnnexImportProblem, parseAnnexImport } from "@mutu/domain";
import type { FieldErrors } from "@mutu/domain";
import { AppError } from "../../errors.ts";

export function assertDraft(version: { status: "draft" | "signed"; seq: number }) {
  if (version.status !== "draft")
    throw new AppError(
      "CONFLICT",
      `La version ${version.seq} est signée : elle ne peut plus être modifiée. Pour changer le contrat, préparez un nouvel avenant.`,
    );
}

/** Problems keyed by field path (`prefix.path`), in file order: the shape forms and imports show. */
export function fieldErrorsOfProblems(problems: AnnexImportProblem[], prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems) {
    const key = [prefix, p.path].filter(Boolean).join(".") || "_";
    out[key] = [...(out[key] ?? []), p.message];
  }
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;

/** Validates an annex as an import does; refuses it whole with every problem at once. */
export function validAnnexOrThrow(json: unknown, prefix: string, what: string): Annex {
  const result = parseAnnexImport(json);
  if (result.ok) return result.annex;
  throw new AppError(
    "BAD_REQUEST",
    `${what} : ${plural(result.problems.length, "problème")} à corriger ; rien n'a été enregistré.`,
    fieldErrorsOfProblems(result.problems, prefix),
  );
}

/** The annex as its version states it: an amendment's number, subject and dates. */
export function asAmendment(
  annex: Annex,
  version: {
    amendmentNumber: number | null;
    subject: string | null;
    signedOn: string | null;
    effectiveFrom: string | null;
  },
): Annex {
  return {
    ...annex,
    origin: { kind: "amendment", number: version.amendmentNumber, subject: version.subject },
    signedOn: version.signedOn,
    effectiveFrom: version.effectiveFrom,
  };
}
