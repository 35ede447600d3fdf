/**
 * How each indicator of the Bordeaux model (000, 001, 004: « Engagements et indicateurs ») is
 * measured in mutu: computed from the saisines (3.3.1, 3.3.2, 4.1.1, 4.1.2), or entered with its
 * evidence by the shared service (the others: a plan delivered, an audit, an inventory, a restore
 * test — nothing mutu can observe). An indicator outside this catalogue (another model) is shown
 * « Non mesuré », with no way to measure it yet.
 */
import { SLA_INDICATORS, type SlaIndicator } from "../sla/targets.ts";

export const COMPUTED_INDICATORS = SLA_INDICATORS;
export type ComputedIndicator = SlaIndicator;

export const ENTERED_INDICATORS = [
  "1.1.1",
  "1.2.1",
  // Measured from the projects (PROJECT_INDICATORS): their values are never typed.
  "2.1.1",
  "2.1.2",
  "2.2.1",
  "3.1.1",
  "3.2.1",
  "4.2.1",
  "4.2.2",
] as const;
export type EnteredIndicator = (typeof ENTERED_INDICATORS)[number];

/**
 * Engagement 2.1 (004): the load given to projects (2.1.1) and the plan's delivery rate (2.1.2),
 * computed from the projects feature (effort logged, projects planned and delivered) rather than
 * entered. Their values keep the shape and the judging of entered ones (ENTERED_INDICATORS).
 */
export const PROJECT_INDICATORS = ["2.1.1", "2.1.2"] as const;
export type ProjectIndicator = (typeof PROJECT_INDICATORS)[number];

export type IndicatorMeasure = "computed" | "projects" | "entered" | "untracked";

export function measureOf(code: string): IndicatorMeasure {
  if ((COMPUTED_INDICATORS as readonly string[]).includes(code)) return "computed";
  if ((PROJECT_INDICATORS as readonly string[]).includes(code)) return "projects";
  if ((ENTERED_INDICATORS as readonly string[]).includes(code)) return "entered";
  return "untracked";
}

export const isEnteredIndicator = (code: string): code is EnteredIndicator =>
  measureOf(code) === "entered";
export const isProjectIndicator = (code: string): code is ProjectIndicator =>
  measureOf(code) === "projects";
export const isComputedIndicator = (code: string): code is ComputedIndicator =>
  measureOf(code) === "computed";

/** What the delay of each computed indicator measures, as the saisine's page and the ADR say. */
export const COMPUTED_INDICATOR_SCOPES: Record<ComputedIndicator, string> = {
  "3.3.1": "Prise en compte de toutes les saisines ordinaires et urgentes",
  "3.3.2": "Résolution des incidents",
  "4.1.1": "Intervention sur les incidents d'hébergement et d'exploitation (sous-domaine D)",
  "4.1.2": "Remise en service après un incident d'hébergement et d'exploitation (sous-domaine D)",
};

/** The five dimensions Bordeaux's security maturity is scored on (004, indicator 1.2.1). */
export const MATURITY_DIMENSIONS = [
  "conformite",
  "continuite",
  "incidentiel",
  "organisation",
  "acces",
] as const;
export type MaturityDimension = (typeof MATURITY_DIMENSIONS)[number];

export const MATURITY_DIMENSION_LABELS: Record<MaturityDimension, string> = {
  conformite: "Conformité",
  continuite: "Continuité",
  incidentiel: "Gestion des incidents",
  organisation: "Organisation et ressources humaines",
  acces: "Gestion des accès",
};

export const MATURITY_MAX = 5;
/** A restore test or a data loss longer than 30 days is a typing error, not a measure. */
export const RESTORE_MAX_MINUTES = 30 * 24 * 60;
/** Hours in a year: the most support or presence hours a period can hold. */
export const HOURS_MAX = 366 * 24;
