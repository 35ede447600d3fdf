/**
 * What an annual report holds, section by section. REPORT_SECTIONS is the one list the generator,
 * the PDF and the spreadsheets walk: a feature that lands adds its key here, its builder in the API and its renderers, and every output carries
 * it. The content is a snapshot of the data on the day it was generated, stored with the report.
 */
import { z } from "zod";
import type { SubDomainLetter } from "../contracts/annex.ts";
import { INDICATOR_STATUS_LABELS, type IndicatorStatus } from "../indicators/delay-indicators.ts";
import { meetingsSectionSchema, projectsSectionSchema } from "./work-sections.ts";

/** In the order the report prints them. */
export const REPORT_SECTIONS = [
  { key: "indicators", title: "Engagements et indicateurs du contrat" },
  { key: "saisines", title: "Volumes et délais des saisines" },
  { key: "exceptional", title: "Saisines exceptionnelles et arbitrages" },
  { key: "projects", title: "Projets et charge consacrée" },
  { key: "meetings", title: "Instances de gouvernance" },
  { key: "contribution", title: "Contribution et activité" },
  { key: "comments", title: "Appréciations" },
  { key: "actionPlan", title: "Plan d'actions" },
] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]["key"];

const figureSchema = z.object({
  /** A percent, a count or minutes, as the indicator measures it; null: « Non mesuré ». */
  value: z.number().nullable(),
  /** How many cases the figure stands on (saisines measured). */
  count: z.number().int(),
  /** The figure as printed (« 96,4 % sur 1 234 saisines », « Non mesuré »). */
  text: z.string(),
});
export type ReportFigure = z.infer<typeof figureSchema>;

/** The four sub-domains of the IT annex, as the report names them. */
export const SUB_DOMAIN_LABELS: Record<SubDomainLetter, string> = {
  A: "A — Stratégie, gouvernance et sécurité",
  B: "B — Projets",
  C: "C — Postes de travail et assistance",
  D: "D — Hébergement et exploitation",
};

/** The indicators feature's statuses (kept, missed, reference level…): one vocabulary. */
export const INDICATOR_VERDICTS = [
  "kept",
  "missed",
  "measured",
  "reference",
  "not-measured",
] as const;
export type IndicatorVerdict = IndicatorStatus;
export const INDICATOR_VERDICT_LABELS: Record<IndicatorVerdict, string> = INDICATOR_STATUS_LABELS;

const indicatorRowSchema = z.object({
  code: z.string(),
  label: z.string(),
  subDomain: z.string(),
  target: z.string(),
  /** The level observed when the service was transferred (the annex's « niveau constaté »). */
  reference: z.string().nullable(),
  current: figureSchema,
  previous: figureSchema,
  verdict: z.enum(INDICATOR_VERDICTS),
});
export type ReportIndicatorRow = z.infer<typeof indicatorRowSchema>;

const countRowSchema = z.object({ label: z.string(), current: z.number(), previous: z.number() });
export type ReportCountRow = z.infer<typeof countRowSchema>;

const delayRowSchema = z.object({
  measure: z.enum(["handling", "resolution"]),
  nature: z.string(),
  criticality: z.string(),
  count: z.number().int(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
  withTarget: z.number().int(),
  met: z.number().int(),
  percent: z.number().nullable(),
});
export type ReportDelayRow = z.infer<typeof delayRowSchema>;

const sectionSchema = z.discriminatedUnion("key", [
  z.object({ key: z.literal("indicators"), rows: z.array(indicatorRowSchema) }),
  z.object({
    key: z.literal("saisines"),
    /** Saisines filed each month of the year and of the one before (index 0 = January). */
    months: z.array(z.object({ current: z.number(), previous: z.number() })),
    byType: z.array(countRowSchema),
    byNature: z.array(countRowSchema),
    bySubDomain: z.array(countRowSchema),
    delays: z.array(delayRowSchema),
  }),
  z.object({
    key: z.literal("exceptional"),
    exceptional: z.array(
      z.object({
        title: z.string(),
        filedOn: z.string(),
        outcome: z.string(),
        decidedOn: z.string().nullable(),
        detail: z.string(),
      }),
    ),
    disputes: z.array(
      z.object({
        title: z.string(),
        kind: z.string(),
        highestLevel: z.number().int(),
        outcome: z.string(),
        settledOn: z.string().nullable(),
        solution: z.string(),
      }),
    ),
  }),
  z.object({
    key: z.literal("contribution"),
    formula: z.string(),
    lines: z.array(z.object({ label: z.string(), cents: z.number().int() })),
    totalCents: z.number().int().nullable(),
    problem: z.string().nullable(),
    activity: z.array(countRowSchema),
  }),
  projectsSectionSchema,
  meetingsSectionSchema,
]);
export type ReportDataSection = z.infer<typeof sectionSchema>;

export const reportContentSchema = z.object({
  year: z.number().int(),
  commune: z.object({ name: z.string(), population: z.number().nullable() }),
  operator: z.object({ name: z.string() }),
  /** « Contrat d'engagement — avenant n° 2 » or the convention's formula; null without one. */
  agreement: z.string().nullable(),
  generatedAt: z.string(),
  sections: z.array(sectionSchema),
});
export type ReportContent = z.infer<typeof reportContentSchema>;

export type ActionPlanItem = { action: string; owner: string; due: string };

/** The report as its outputs print it: the data, the two sides' words, the plan for N+1. */
export type ReportDocument = {
  content: ReportContent;
  status: string;
  operatorComment: string;
  communeComment: string;
  gapExplanations: Record<string, string>;
  actionPlan: ActionPlanItem[];
  /** Each step done, dated and signed (« Validé le 12 mars 2026 par … »). */
  steps: { label: string; on: string; by: string }[];
};

/** The indicators the report could not measure: each needs an explanation before validation. */
export function indicatorGaps(content: ReportContent) {
  return content.sections.flatMap((section) =>
    section.key === "indicators"
      ? section.rows
          .filter((row) => row.verdict === "not-measured")
          .map((row) => ({ code: row.code, label: row.label }))
      : [],
  );
}

/** The sections of the content in the order of REPORT_SECTIONS, with the fixed ones after. */
export function sectionTitle(key: ReportSectionKey, year: number): string {
  const title = REPORT_SECTIONS.find((s) => s.key === key)?.title ?? key;
  return key === "actionPlan" ? `${title} ${year + 1}` : title;
}
