/**
 * The small text rules that read the seed facts' wording: names without civilities, blank cells,
 * which sub-domain an activity or exclusion belongs to, observed levels and targets as cells word
 * them, support hours, RGPD handlers and application responsibilities.
 */
import type { z } from "zod";
import { ANNEX_WEEKDAYS, type AnnexWeeklyHours } from "../contracts/annex-hours.ts";
import {
  type AnnexPriority,
  type PERIODICITIES,
  SUB_DOMAIN_LETTERS,
  type SubDomainLetter,
} from "../contracts/annex.ts";
import type { IndicatorTarget } from "../contracts/indicator-targets.ts";
import { SeedFactsImportError } from "./errors.ts";
import type { SeedFactsCommune, weekJson } from "./schema.ts";

// Civilities differ between documents ("Monsieur Alain Juppé", "M. Alain Juppé"); dropping them
// keeps a diff of two versions about people, not typography.
export function personName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return raw.replace(/^(Monsieur|Madame|M\.|Mme)\s+/u, "").trim() || null;
}

export function blankToNull(value: string | null | undefined): string | null {
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
export const SUB_DOMAIN_TITLE_RULES: Rule[] = [
  { letter: "A", pattern: /co-construction|strategie/ },
  { letter: "D", pattern: /hebergement|mco|exploitation/ },
  { letter: "C", pattern: /postes|assistance/ },
  { letter: "B", pattern: /projets/ },
];
export const EXCLUSION_RULES: Rule[] = [
  { letter: "A", pattern: /co-construction|strategie numerique/ },
  { letter: "D", pattern: /courants faibles|hebergement|reseau/ },
  { letter: "C", pattern: /impression|numerisation|copieur|poste|consommable/ },
  { letter: "B", pattern: /applicati|site internet|services web|projet/ },
];
export const ACTIVITY_RULES: Rule[] = [
  { letter: "A", pattern: /rayonnement|veille|strategi|securite/ },
  { letter: "C", pattern: /consommable|assistance|suivi des demandes|poste/ },
  { letter: "B", pattern: /projet|applicati/ },
  { letter: "D", pattern: /hebergement|infrastructure|reseau/ },
];

export function classify(text: string, rules: Rule[]): SubDomainLetter | null {
  const folded = fold(text);
  return rules.find((rule) => rule.pattern.test(folded))?.letter ?? null;
}

const NOT_MEASURED = /^(a preciser ou mentionner\s*:\s*)?(non mesure|a calculer)/;
const JOINT_TARGET_YEAR = /objectif sera defini.*?conjointement pendant l'annee\s+(\d{4})/;
const TEMPLATE_TEXT = /xxx|oui \/ non|^ex\s:|a preciser|de xh a yh/;

/**
 * Observed level and target from the "Niveau de service constaté" cell. The tables headed
 * "indicateurs et valeurs cible" have no target column at all, so no target is invented: it is
 * "to be defined jointly", with the year when the cell promises one ("pendant l'année 2016").
 */
export function readObservedLevel(raw: string | null | undefined): {
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

export function periodicityOptions(
  raw: string | null | undefined,
): (typeof PERIODICITIES)[number][] {
  const folded = fold(raw ?? "");
  const options: (typeof PERIODICITIES)[number][] = [];
  if (folded.includes("mensuel")) options.push("monthly");
  if (folded.includes("trimestriel")) options.push("quarterly");
  if (folded.includes("annuel")) options.push("annual");
  return options;
}

export function canonicalLetterOfEngagement(engagement: string): SubDomainLetter {
  const letter = SUB_DOMAIN_LETTERS[Number(engagement.split(".")[0]) - 1];
  if (!letter) {
    throw new SeedFactsImportError(
      `Engagement « ${engagement} » hors du modèle (1.x à 4.x attendus).`,
    );
  }
  return letter;
}

export function week(raw: z.infer<typeof weekJson>): AnnexWeeklyHours | null {
  if (!raw) return null;
  const out = {} as AnnexWeeklyHours;
  for (const day of ANNEX_WEEKDAYS) {
    const intervals = raw[day];
    out[day] = intervals ? intervals.map(([from, to]): [string, string] => [from, to]) : null;
  }
  return out;
}

export function handler(raw: string | null | undefined): "commune" | "metropole" | null {
  if (raw === "commune" || raw === "metropole") return raw;
  if (raw == null) return null;
  throw new SeedFactsImportError(`Gestionnaire RGPD inconnu : « ${raw} ».`);
}

export function responsibility(raw: string): "shared-service" | "commune" | "shared" {
  const folded = fold(raw);
  if (folded === "service_commun" || folded === "shared-service") return "shared-service";
  if (folded === "commune") return "commune";
  if (folded === "shared" || folded.startsWith("partag")) return "shared";
  throw new SeedFactsImportError(`Responsabilité d'application inconnue : « ${raw} ».`);
}

export function priority(raw: SeedFactsCommune["priorities"][number]): AnnexPriority {
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
