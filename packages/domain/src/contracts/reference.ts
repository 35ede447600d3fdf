/**
 * Converts one commune of the reference data (shared/reference/communes.json, facts extracted
 * from seeds 000, 001 and 004) into an Annex. The JSON is read loosely — it is a hand-made
 * extraction with optional fields and notes — and the result is checked against annexSchema,
 * so the demo seed can import every commune and a flaw surfaces as a parse error, not bad data.
 */
import { z } from "zod";
import {
  ANNEX_WEEKDAYS,
  type Annex,
  type AnnexIndicator,
  type AnnexPriority,
  type AnnexSubDomain,
  type AnnexWeeklyHours,
  annexSchema,
  type IndicatorTarget,
  type PERIODICITIES,
  SAISINE_NATURES,
  SUB_DOMAIN_LETTERS,
  type SaisineCell,
  type SubDomainLetter,
} from "./annex.ts";
import {
  BORDEAUX_DURATION_CLAUSE,
  BORDEAUX_IT_DOMAIN,
  BORDEAUX_MODEL_ACTIVITIES,
  BORDEAUX_MODEL_ENGAGEMENTS,
  BORDEAUX_PRESIDENT_2016_2018,
  BORDEAUX_SUB_DOMAIN_TITLES,
} from "./bordeaux-model.ts";
import { FRENCH_ERRORS } from "./calendar.ts";

const str = z.string().nullable().optional();
const intervalsJson = z
  .array(z.tuple([z.string(), z.string()]))
  .nullable()
  .optional();
const weekJson = z
  .object({
    mon: intervalsJson,
    tue: intervalsJson,
    wed: intervalsJson,
    thu: intervalsJson,
    fri: intervalsJson,
    sat: intervalsJson,
    sun: intervalsJson,
  })
  .nullable()
  .optional();
const cellJson = z.object({ commune: str, serviceCommun: str, note: str });
const rowJson = z.object({ A: cellJson, B: cellJson, C: cellJson, D: cellJson });

/** The part of a communes.json commune the annex needs; anything else is ignored. */
export const referenceCommuneSchema = z.object({
  name: z.string(),
  slug: z.string(),
  mayorName: str,
  signatory: z.object({ name: z.string(), role: z.string() }).nullable().optional(),
  contractSignedOn: str,
  amendments: z
    .array(
      z.object({
        number: z.number().nullable().optional(),
        signedOn: str,
        effectiveOn: str,
        subject: str,
      }),
    )
    .default([]),
  includesCCAS: z.boolean().nullable().optional(),
  perimeterHeading: str,
  subDomainsMutualised: z.array(z.string()).optional(),
  exclusions: z.array(z.string()).default([]),
  additionalActivities: z.array(z.string()).default([]),
  priorities: z
    .array(
      z.union([
        z.string(),
        z.object({ title: str, nature: str, object: str, stakes: str, text: str }),
      ]),
    )
    .default([]),
  prioritiesNote: str,
  governance: z.array(z.object({ body: z.string(), frequency: str, note: str })).default([]),
  responsibleForCommune: str,
  responsibleForServiceCommun: str,
  saisineMatrix: z.object({ ordinaire: rowJson, urgence: rowJson, exceptionnelle: rowJson }),
  saisineNote: str,
  indicators: z
    .array(
      z.object({
        engagement: z.string(),
        indicator: z.string(),
        label: z.string(),
        periodicity: str,
        source: str,
        observedLevel: str,
        conditions: str,
        subDomainColumn: str,
        note: str,
      }),
    )
    .default([]),
  indicatorsNote: str,
  rpoRtoNote: str,
  supportHours: z
    .object({
      asWritten: str,
      parsed: weekJson,
      onCall: weekJson,
      onCallCouncil: str,
      parseNote: str,
    })
    .nullable()
    .optional(),
  projectDaysPerYear: z.number().nullable().optional(),
  projectDaysNote: str,
  rgpd: z
    .object({
      dpoShared: z.boolean().nullable().optional(),
      breachesManagedBy: str,
      requestsOfDataSubjectsManagedBy: str,
      subProcessorSelection: str,
      legacyProcessingInventoryDue: str,
    })
    .nullable()
    .optional(),
  applications: z
    .array(
      z.object({
        name: z.string(),
        vendor: str,
        description: str,
        responsibility: z.string(),
        note: str,
      }),
    )
    .nullable()
    .optional(),
  duplicateSection: z
    .object({ sourceLines: z.array(z.number()).optional(), identity: str, differences: str })
    .optional(),
  originalContract: z
    .object({
      file: z.string(),
      mayorAtSignature: str,
      metropolePresident: str,
      annexDifferencesVs2018: str,
      lines: z.array(z.number()).optional(),
    })
    .optional(),
  sourceLines: z.array(z.number()).optional(),
});
export type ReferenceCommune = z.infer<typeof referenceCommuneSchema>;

const referenceIssueSchema = z.object({
  file: z.string(),
  lines: z.array(z.number()).default([]),
  issue: z.string(),
});

/**
 * 'current': the annex in force after the 2018 RGPD amendment (seed 004).
 * 'original': the annex signed with the contract itself — only Bègles has it (seed 000).
 */
export type AnnexVariant = "current" | "original";

export type AnnexFromReferenceOptions = {
  /** communes.json `sourceIssues`: those located in this commune's lines are kept on the annex. */
  sourceIssues?: unknown;
};

export class ReferenceImportError extends Error {
  readonly problems: { path: string; message: string }[];
  constructor(message: string, problems: { path: string; message: string }[] = []) {
    super(message);
    this.name = "ReferenceImportError";
    this.problems = problems;
  }
}

// --- Small text rules -------------------------------------------------------------------------------

// Civilities differ between documents ("Monsieur Alain Juppé", "M. Alain Juppé"); dropping them
// keeps a diff of two versions about people, not typography.
function personName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return raw.replace(/^(Monsieur|Madame|M\.|Mme)\s+/u, "").trim() || null;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

// Accent- and case-insensitive, so "A calculer" and "À calculer" read the same.
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

type Rule = { letter: SubDomainLetter; pattern: RegExp };

// Order matters: the first matching rule wins (e.g. "suivi des demandes concernant les
// applicatifs" is user support, C, before the generic "applicati" of B).
const SUB_DOMAIN_TITLE_RULES: Rule[] = [
  { letter: "A", pattern: /co-construction|strategie/ },
  { letter: "D", pattern: /hebergement|mco|exploitation/ },
  { letter: "C", pattern: /postes|assistance/ },
  { letter: "B", pattern: /projets/ },
];
const EXCLUSION_RULES: Rule[] = [
  { letter: "A", pattern: /co-construction|strategie numerique/ },
  { letter: "D", pattern: /courants faibles|hebergement|reseau/ },
  { letter: "C", pattern: /impression|numerisation|copieur|poste|consommable/ },
  { letter: "B", pattern: /applicati|site internet|services web|projet/ },
];
const ACTIVITY_RULES: Rule[] = [
  { letter: "A", pattern: /rayonnement|veille|strategi|securite/ },
  { letter: "C", pattern: /consommable|assistance|suivi des demandes|poste/ },
  { letter: "B", pattern: /projet|applicati/ },
  { letter: "D", pattern: /hebergement|infrastructure|reseau/ },
];

function classify(text: string, rules: Rule[]): SubDomainLetter | null {
  const folded = fold(text);
  return rules.find((rule) => rule.pattern.test(folded))?.letter ?? null;
}

const NOT_MEASURED = /^(a preciser ou mentionner\s*:\s*)?(non mesure|a calculer)/;
const JOINT_TARGET_YEAR = /objectif sera defini.*?conjointement pendant l'annee\s+(\d{4})/;
const TEMPLATE_TEXT = /xxx|oui \/ non|^ex :|a preciser|de xh a yh/;

/**
 * Observed level and target from the "Niveau de service constaté" cell. The tables headed
 * "indicateurs et valeurs cible" have no target column at all, so no target is invented: it is
 * "to be defined jointly", with the year when the cell promises one ("pendant l'année 2016").
 */
function readObservedLevel(raw: string | null | undefined): {
  observedLevel: string | null;
  target: IndicatorTarget;
  notes: string[];
} {
  const text = blankToNull(raw);
  if (text === null)
    return { observedLevel: null, target: { kind: "to-define-jointly" }, notes: [] };
  const folded = fold(text);
  const year = JOINT_TARGET_YEAR.exec(folded)?.[1];
  const notes = TEMPLATE_TEXT.test(folded)
    ? ["Unfilled template text in the source cell (kept as written)."]
    : [];
  return {
    observedLevel: NOT_MEASURED.test(folded) ? null : text,
    target: year
      ? { kind: "to-define-jointly", dueYear: Number(year) }
      : { kind: "to-define-jointly" },
    notes,
  };
}

function periodicityOptions(raw: string | null | undefined): (typeof PERIODICITIES)[number][] {
  const folded = fold(raw ?? "");
  const options: (typeof PERIODICITIES)[number][] = [];
  if (folded.includes("mensuel")) options.push("monthly");
  if (folded.includes("trimestriel")) options.push("quarterly");
  if (folded.includes("annuel")) options.push("annual");
  return options;
}

function canonicalLetterOfEngagement(engagement: string): SubDomainLetter {
  const letter = SUB_DOMAIN_LETTERS[Number(engagement.split(".")[0]) - 1];
  if (!letter) {
    throw new ReferenceImportError(
      `Engagement « ${engagement} » hors du modèle (1.x à 4.x attendus).`,
    );
  }
  return letter;
}

function week(raw: z.infer<typeof weekJson>): AnnexWeeklyHours | null {
  if (!raw) return null;
  const out = {} as AnnexWeeklyHours;
  for (const day of ANNEX_WEEKDAYS) {
    const intervals = raw[day];
    out[day] = intervals ? intervals.map(([from, to]): [string, string] => [from, to]) : null;
  }
  return out;
}

function handler(raw: string | null | undefined): "commune" | "metropole" | null {
  if (raw === "commune" || raw === "metropole") return raw;
  if (raw == null) return null;
  throw new ReferenceImportError(`Gestionnaire RGPD inconnu : « ${raw} ».`);
}

function responsibility(raw: string): "shared-service" | "commune" | "shared" {
  const folded = fold(raw);
  if (folded === "service_commun" || folded === "shared-service") return "shared-service";
  if (folded === "commune") return "commune";
  if (folded === "shared" || folded.startsWith("partag")) return "shared";
  throw new ReferenceImportError(`Responsabilité d'application inconnue : « ${raw} ».`);
}

function priority(raw: ReferenceCommune["priorities"][number]): AnnexPriority {
  if (typeof raw === "string") {
    return { title: null, text: raw, nature: null, objective: null, stakes: null };
  }
  return {
    title: blankToNull(raw.title),
    text: blankToNull(raw.text),
    nature: blankToNull(raw.nature),
    objective: blankToNull(raw.object),
    stakes: blankToNull(raw.stakes),
  };
}

// --- Sub-domains -------------------------------------------------------------------------------------

function subDomains(
  commune: ReferenceCommune,
  unassigned: Annex["unassigned"],
): Annex["subDomains"] {
  // Le Taillan-Médoc and Saint-Aubin list 3 sub-domains lettered A–C: map each printed title to
  // its model letter, keep the printed letter, and mark the missing one as not mutualised.
  const printed = new Map<SubDomainLetter, string>();
  if (commune.subDomainsMutualised) {
    for (const heading of commune.subDomainsMutualised) {
      const letter = classify(heading, SUB_DOMAIN_TITLE_RULES);
      if (!letter) {
        throw new ReferenceImportError(`Sous-domaine non reconnu : « ${heading} ».`);
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

function saisineMatrix(commune: ReferenceCommune): Annex["saisineMatrix"] {
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

function indicators(commune: ReferenceCommune, variant: AnnexVariant): AnnexIndicator[] {
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

function sourceIssuesOf(
  commune: ReferenceCommune,
  variant: AnnexVariant,
  options: AnnexFromReferenceOptions,
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
    const parsed = z.array(referenceIssueSchema).safeParse(options.sourceIssues);
    if (!parsed.success) {
      throw new ReferenceImportError("Liste « sourceIssues » illisible.", problemsOf(parsed.error));
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

function problemsOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

// --- Entry point ---------------------------------------------------------------------------------------

/**
 * One commune of communes.json → its annex. `variant` 'original' rebuilds Bègles' 2016 annex
 * (seed 000): per communes.json its sections I–IV are the 2018 text word for word (bar the
 * "Livrable" misprint), it has no RGPD section, and it was signed by Noël Mamère.
 * Throws ReferenceImportError (French) when the commune cannot become a valid annex.
 */
export function annexFromReference(
  commune: unknown,
  variant: AnnexVariant = "current",
  options: AnnexFromReferenceOptions = {},
): Annex {
  const parsed = referenceCommuneSchema.safeParse(commune, { error: FRENCH_ERRORS });
  if (!parsed.success) {
    throw new ReferenceImportError("Commune de référence illisible.", problemsOf(parsed.error));
  }
  const ref = parsed.data;
  if (variant === "original" && !ref.originalContract) {
    throw new ReferenceImportError(
      `Aucune annexe d'origine n'est connue pour ${ref.name} (seule Bègles en a une, seed 000).`,
    );
  }

  // The 2018 amendment that "remplace l'annexe": the last one carrying an effective date.
  const amendment = [...ref.amendments].reverse().find((a) => a.effectiveOn) ?? null;
  const unassigned: Annex["unassigned"] = { activities: [], exclusions: [] };
  const isOriginal = variant === "original";
  const communeSignatory = isOriginal
    ? { name: personName(ref.originalContract?.mayorAtSignature), role: "Maire" }
    : ref.signatory
      ? { name: personName(ref.signatory.name), role: ref.signatory.role }
      : { name: personName(ref.mayorName), role: "Maire" };
  const metropoleSignatory = isOriginal
    ? { name: personName(ref.originalContract?.metropolePresident), role: "Président" }
    : { ...BORDEAUX_PRESIDENT_2016_2018 };

  const supportNotes = [ref.supportHours?.parseNote, ref.supportHours?.onCallCouncil].filter(
    (note): note is string => Boolean(note),
  );
  const rgpd = ref.rgpd;
  const engagementCodes = [...new Set(ref.indicators.map((i) => i.engagement))];

  const annex: Annex = {
    schemaVersion: 1,
    model: "bordeaux-contrat-engagement",
    commune: { name: ref.name, slug: ref.slug, includesCCAS: ref.includesCCAS ?? null },
    domain: BORDEAUX_IT_DOMAIN,
    origin: isOriginal
      ? { kind: "contract" }
      : {
          kind: "amendment",
          number: amendment?.number ?? null,
          subject: blankToNull(amendment?.subject),
        },
    parties: {
      metropole: { name: "Bordeaux Métropole", signatory: metropoleSignatory },
      commune: { name: ref.name, signatory: communeSignatory },
    },
    contractSignedOn: blankToNull(ref.contractSignedOn),
    // Seed 000 leaves the signature date blank; 004 says the contract was signed on that date.
    signedOn: isOriginal ? blankToNull(ref.contractSignedOn) : blankToNull(amendment?.signedOn),
    effectiveFrom: isOriginal
      ? blankToNull(ref.contractSignedOn)
      : blankToNull(amendment?.effectiveOn),
    duration: { rule: "municipal-mandate", asWritten: BORDEAUX_DURATION_CLAUSE },
    perimeterHeading: blankToNull(ref.perimeterHeading),
    subDomains: subDomains(ref, unassigned),
    unassigned,
    priorities: ref.priorities.map(priority),
    prioritiesNote: blankToNull(ref.prioritiesNote),
    responsibles: {
      commune: blankToNull(ref.responsibleForCommune),
      sharedService: blankToNull(ref.responsibleForServiceCommun),
    },
    engagements: engagementCodes.map((code) => ({
      code,
      label: BORDEAUX_MODEL_ENGAGEMENTS[code] ?? null,
    })),
    indicators: indicators(ref, variant),
    supportHours: {
      asWritten: blankToNull(ref.supportHours?.asWritten),
      parsed: week(ref.supportHours?.parsed),
      onCall: week(ref.supportHours?.onCall),
      notes: supportNotes,
    },
    governance: ref.governance.map((g) => ({
      body: g.body,
      frequency: blankToNull(g.frequency),
      note: blankToNull(g.note),
    })),
    saisineMatrix: saisineMatrix(ref),
    applications:
      ref.applications?.map((app) => ({
        name: app.name,
        vendor: blankToNull(app.vendor),
        description: blankToNull(app.description),
        responsibility: responsibility(app.responsibility),
        note: blankToNull(app.note),
      })) ?? null,
    rgpd:
      isOriginal || !rgpd
        ? {
            dpoShared: null,
            breachesHandledBy: null,
            dataSubjectRequestsHandledBy: null,
            subProcessorSelection: null,
            legacyProcessingInventoryDue: null,
          }
        : {
            dpoShared: rgpd.dpoShared ?? null,
            breachesHandledBy: handler(rgpd.breachesManagedBy),
            dataSubjectRequestsHandledBy: handler(rgpd.requestsOfDataSubjectsManagedBy),
            subProcessorSelection: blankToNull(rgpd.subProcessorSelection),
            legacyProcessingInventoryDue: blankToNull(rgpd.legacyProcessingInventoryDue),
          },
    projectDaysPerYear: ref.projectDaysPerYear ?? null,
    projectDaysNote: blankToNull(ref.projectDaysNote),
    source: isOriginal
      ? {
          file: ref.originalContract?.file ?? null,
          lines: linesOf(ref.originalContract?.lines),
        }
      : { file: "004_669f7027a4311b17.txt", lines: linesOf(ref.sourceLines) },
    sourceIssues: sourceIssuesOf(ref, variant, options),
  };

  const checked = annexSchema.safeParse(annex, { error: FRENCH_ERRORS });
  if (!checked.success) {
    throw new ReferenceImportError(
      `L'annexe de ${ref.name} ne respecte pas le format attendu.`,
      problemsOf(checked.error),
    );
  }
  return checked.data;
}

function linesOf(lines: number[] | undefined): [number, number] | null {
  const [from, to] = lines ?? [];
  return from !== undefined && to !== undefined ? [from, to] : null;
}
