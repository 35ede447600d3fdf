/**
 * The sections of an annex built from one commune of the seed facts: sub-domains with their
 * activities and exclusions, the saisine matrix, indicators, and the source's known issues.
 */
import { z } from "zod";
import {
  type Annex,
  type AnnexIndicator,
  type AnnexSubDomain,
  SAISINE_NATURES,
  type SaisineCell,
  type SubDomainLetter,
} from "../contracts/annex.ts";
import {
  BORDEAUX_MODEL_ACTIVITIES,
  BORDEAUX_SUB_DOMAIN_TITLES,
} from "../contracts/bordeaux-model.ts";
import { problemsOf, SeedFactsImportError } from "./errors.ts";
import {
  type AnnexFromSeedFactsOptions,
  type AnnexVariant,
  type cellJson,
  type rowJson,
  type SeedFactsCommune,
  sourceIssueSchema,
} from "./schema.ts";
import {
  ACTIVITY_RULES,
  blankToNull,
  canonicalLetterOfEngagement,
  classify,
  EXCLUSION_RULES,
  periodicityOptions,
  readObservedLevel,
  SUB_DOMAIN_TITLE_RULES,
} from "./text-rules.ts";

export function subDomains(
  commune: SeedFactsCommune,
  unassigned: Annex["unassigned"],
): Annex["subDomains"] {
  // Le Taillan-Médoc and Saint-Aubin list 3 sub-domains lettered A–C: map each printed title to
  // its model letter, keep the printed letter, and mark the missing one as not mutualised.
  const printed = new Map<SubDomainLetter, string>();
  if (commune.subDomainsMutualised) {
    for (const heading of commune.subDomainsMutualised) {
      const letter = classify(heading, SUB_DOMAIN_TITLE_RULES);
      if (!letter) {
        throw new SeedFactsImportError(`Sous-domaine non reconnu : « ${heading} ».`);
      }
      printed.set(letter, heading.trim().charAt(0));
    }
  }
  const build = (letter: SubDomainLetter): AnnexSubDomain => {
    const mutualised = commune.subDomainsMutualised ? printed.has(letter) : true;
    return {
      title: BORDEAUX_SUB_DOMAIN_TITLES[letter],
      letterAsWritten: commune.subDomainsMutualised ? (printed.get(letter) ?? null) : letter,
      mutualised,
      activities: mutualised ? [...BORDEAUX_MODEL_ACTIVITIES[letter]] : [],
      exclusions: [],
    };
  };
  const result: Annex["subDomains"] = {
    A: build("A"),
    B: build("B"),
    C: build("C"),
    D: build("D"),
  };
  for (const activity of commune.additionalActivities) {
    const letter = classify(activity, ACTIVITY_RULES);
    if (letter) result[letter].activities.push(activity);
    else unassigned.activities.push(activity);
  }
  for (const exclusion of commune.exclusions) {
    const letter = classify(exclusion, EXCLUSION_RULES);
    if (letter) result[letter].exclusions.push(exclusion);
    else unassigned.exclusions.push(exclusion);
  }
  return result;
}

export function saisineMatrix(commune: SeedFactsCommune): Annex["saisineMatrix"] {
  const cell = (raw: z.infer<typeof cellJson>): SaisineCell => ({
    communeFunction: blankToNull(raw.commune),
    sharedServiceFunction: blankToNull(raw.serviceCommun),
    note: blankToNull(raw.note),
  });
  const row = (raw: z.infer<typeof rowJson>) => ({
    A: cell(raw.A),
    B: cell(raw.B),
    C: cell(raw.C),
    D: cell(raw.D),
  });
  const matrix = {} as Annex["saisineMatrix"];
  for (const nature of SAISINE_NATURES) matrix[nature] = row(commune.saisineMatrix[nature]);
  return matrix;
}

export function indicators(commune: SeedFactsCommune, variant: AnnexVariant): AnnexIndicator[] {
  return commune.indicators.map((raw) => {
    const { observedLevel, target, notes } = readObservedLevel(raw.observedLevel);
    let source = blankToNull(raw.source);
    // Seed 004 misprints the source "Livrable" as "Livable"; the 2016 original (000 § IV-b)
    // has it right, which is the one documented difference between the two annexes.
    if (variant === "original" && source === "Livable") source = "Livrable";
    return {
      code: raw.indicator,
      engagement: raw.engagement,
      label: raw.label,
      subDomain: canonicalLetterOfEngagement(raw.engagement),
      subDomainAsWritten: blankToNull(raw.subDomainColumn),
      periodicity: blankToNull(raw.periodicity),
      periodicityOptions: periodicityOptions(raw.periodicity),
      source,
      observedLevel,
      observedLevelAsWritten: blankToNull(raw.observedLevel),
      conditions: blankToNull(raw.conditions),
      target,
      notes: [...(raw.note ? [raw.note] : []), ...notes],
    };
  });
}

export function sourceIssuesOf(
  commune: SeedFactsCommune,
  variant: AnnexVariant,
  options: AnnexFromSeedFactsOptions,
): Annex["sourceIssues"] {
  const issues: Annex["sourceIssues"] = [];
  const local = (note: string | null | undefined, lines: number[] = []) => {
    if (note) issues.push({ note, file: variant === "original" ? "000" : "004", lines });
  };
  local(commune.indicatorsNote);
  local(commune.rpoRtoNote);
  local(commune.saisineNote);
  if (variant === "current" && commune.duplicateSection) {
    local(
      `Duplicated section in the source. ${commune.duplicateSection.differences ?? ""}`.trim(),
      commune.duplicateSection.sourceLines ?? [],
    );
  }
  if (options.sourceIssues !== undefined) {
    const parsed = z.array(sourceIssueSchema).safeParse(options.sourceIssues);
    if (!parsed.success) {
      throw new SeedFactsImportError("Liste « sourceIssues » illisible.", problemsOf(parsed.error));
    }
    const [from, to] = commune.sourceLines ?? [];
    for (const issue of parsed.data) {
      // Issues are located by file and line: an issue of seed 004 belongs to the commune whose
      // section holds one of its lines; the original annex keeps the issues that cite seed 000.
      const inSection =
        from !== undefined && to !== undefined && issue.lines.some((l) => l >= from && l <= to);
      const relevant =
        variant === "original"
          ? issue.file.includes("000") && inSection
          : issue.file.includes("004") && inSection;
      if (relevant) issues.push({ note: issue.issue, file: issue.file, lines: issue.lines });
    }
  }
  return issues;
}
