/**
 * Validation of an annex brought in from outside (a JSON file, a form): every problem at once,
 * each with the path of its field and a French message, so a referent fixes a file in one pass.
 * Source flaws an annex may legitimately carry (nulls, template text) are not problems here.
 */
import { type Annex, annexSchema } from "./annex.ts";
import { FRENCH_ERRORS } from "./calendar.ts";

export type AnnexImportProblem = { path: string; message: string };
export type AnnexImportResult =
  | { ok: true; annex: Annex }
  | { ok: false; problems: AnnexImportProblem[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** Rules across fields that a field-by-field schema cannot state. */
function crossFieldProblems(annex: Annex): AnnexImportProblem[] {
  const problems: AnnexImportProblem[] = [];
  const seen = new Map<string, number>();
  annex.indicators.forEach((indicator, index) => {
    const first = seen.get(indicator.code);
    if (first !== undefined) {
      problems.push({
        path: `indicators.${index}.code`,
        message: `Indicateur ${indicator.code} en double (déjà en position ${first + 1}).`,
      });
    } else {
      seen.set(indicator.code, index);
    }
    if (
      indicator.code !== indicator.engagement &&
      !indicator.code.startsWith(`${indicator.engagement}.`)
    ) {
      problems.push({
        path: `indicators.${index}.engagement`,
        message: `L'indicateur ${indicator.code} ne relève pas de l'engagement ${indicator.engagement}.`,
      });
    }
  });
  const engagementCodes = new Set(annex.engagements.map((engagement) => engagement.code));
  annex.indicators.forEach((indicator, index) => {
    if (!engagementCodes.has(indicator.engagement)) {
      problems.push({
        path: `indicators.${index}.engagement`,
        message: `Engagement ${indicator.engagement} absent de la liste des engagements.`,
      });
    }
  });
  const names = new Set<string>();
  annex.applications?.forEach((application, index) => {
    if (names.has(application.name)) {
      problems.push({
        path: `applications.${index}.name`,
        message: `Application « ${application.name} » en double.`,
      });
    }
    names.add(application.name);
  });
  if (
    annex.effectiveFrom &&
    annex.contractSignedOn &&
    annex.effectiveFrom < annex.contractSignedOn
  ) {
    problems.push({
      path: "effectiveFrom",
      message: "La date d'effet précède la signature du contrat.",
    });
  }
  return problems;
}

export function parseAnnexImport(json: unknown): AnnexImportResult {
  const parsed = annexSchema.safeParse(json, { error: FRENCH_ERRORS });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: pathOf(issue.path),
        message: issue.message,
      })),
    };
  }
  const problems = crossFieldProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, annex: parsed.data };
}
