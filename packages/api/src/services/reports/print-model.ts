/**
 * The report as its outputs lay it out: a cover, then sections of blocks (paragraphs, tables,
 * charts). One renderer per section key of REPORT_SECTIONS — the PDF (pdf/template.ts) and the
 * spreadsheets (spreadsheets.ts) both walk this model, so a section added once appears in all.
 * Every text is typeset here with the domain's French typography; the layouts add no words.
 */
import {
  frenchChange,
  frenchCount,
  frenchDate,
  frenchNumber,
  frenchTypography,
  REPORT_STATUS_LABELS,
  type ReportDocument,
  type ReportStatus,
  sectionTitle,
} from "@mutu/domain";
import { type Block, type PrintModel, type PrintSection, table } from "./print-blocks.ts";
import { renderers } from "./print-sections.ts";
import { workFigures } from "./print-work.ts";

export type { Block, Cell, PrintModel, PrintSection, TableBlock, Tone } from "./print-blocks.ts";

/** « du contrat d'engagement — avenant n° 3 », « de la convention de service commun ». */
function ofAgreement(agreement: string | null): string {
  if (!agreement) return "de la mutualisation";
  const lower = `${agreement.charAt(0).toLowerCase()}${agreement.slice(1)}`;
  return lower.startsWith("convention") ? `de la ${lower}` : `du ${lower}`;
}

function summary(report: ReportDocument): PrintSection {
  const { content } = report;
  const saisines = content.sections.find((s) => s.key === "saisines");
  const indicators = content.sections.find((s) => s.key === "indicators");
  const exceptional = content.sections.find((s) => s.key === "exceptional");
  const items: { value: string; label: string; note: string | null }[] = [];
  if (saisines?.key === "saisines") {
    const total = saisines.months.reduce((n, m) => n + m.current, 0);
    const before = saisines.months.reduce((n, m) => n + m.previous, 0);
    items.push({
      value: frenchNumber(total),
      label: "saisines déposées",
      note: `${frenchChange(total, before)} par rapport à ${content.year - 1}`,
    });
  }
  if (indicators?.key === "indicators") {
    const judged = indicators.rows.filter((r) => r.verdict === "kept" || r.verdict === "missed");
    items.push({
      value: judged.length
        ? `${judged.filter((r) => r.verdict === "kept").length} / ${judged.length}`
        : "—",
      label: "indicateurs tenus",
      note: `${frenchCount(indicators.rows.length - judged.length, "autre")} non ${indicators.rows.length - judged.length > 1 ? "jugés" : "jugé"}`,
    });
  }
  if (exceptional?.key === "exceptional") {
    items.push({
      value: frenchNumber(exceptional.exceptional.length),
      label: "saisines exceptionnelles",
      note: null,
    });
    items.push({
      value: frenchNumber(exceptional.disputes.length),
      label: "désaccords arbitrés",
      note: null,
    });
  }
  items.push(...workFigures(content.sections));
  return {
    key: "summary",
    title: "L'année en bref",
    blocks: [
      {
        kind: "paragraph",
        text: `Ce rapport rend compte de l'exécution en ${content.year} ${ofAgreement(content.agreement)} entre ${content.commune.name} et ${content.operator.name}. Il est établi à partir des données de l'outil partagé au ${frenchDate(content.generatedAt.slice(0, 10))}, relu par la commune, puis présenté à son conseil municipal pour information.`,
      },
      { kind: "figures", items },
    ],
  };
}

function words(report: ReportDocument): PrintSection[] {
  const { content } = report;
  return [
    {
      key: "comments",
      title: sectionTitle("comments", content.year),
      blocks: [
        {
          kind: "quote",
          who: `Le service commun — ${content.operator.name}`,
          text: report.operatorComment.trim() || "Pas d'appréciation rédigée.",
        },
        {
          kind: "quote",
          who: `La commune — ${content.commune.name}`,
          text: report.communeComment.trim() || "La commune n'a pas encore donné son appréciation.",
        },
      ],
    },
    {
      key: "actionPlan",
      newPage: false,
      title: sectionTitle("actionPlan", content.year),
      blocks: [
        table({
          caption: `Actions retenues pour ${content.year + 1}`,
          head: ["Action", "Responsable", "Échéance"],
          widths: [3, 1.4, 1.1],
          align: ["left", "left", "left"],
          rows: report.actionPlan.map((a) => [a.action, a.owner, frenchDate(a.due)]),
          empty: "Aucune action retenue.",
        }),
      ],
    },
    {
      key: "steps",
      newPage: false,
      title: "Suivi du rapport",
      blocks: [
        table({
          caption: null,
          head: ["Étape", "Date", "Par"],
          widths: [2, 1.2, 2],
          align: ["left", "left", "left"],
          rows: report.steps.map((s) => [s.label, frenchDate(s.on), s.by]),
        }),
      ],
    },
  ];
}

/** Every string of the model typeset, but the layout's keywords. */
function typeset<T>(value: T, key = ""): T {
  if (typeof value === "string")
    return (["kind", "align", "tone"].includes(key) ? value : frenchTypography(value)) as T;
  if (Array.isArray(value)) return value.map((v) => typeset(v, key)) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeset(v, k)])) as T;
  return value;
}

export function printModel(report: ReportDocument): PrintModel {
  const { content } = report;
  const status = report.status as ReportStatus;
  const draft = status === "draft" || status === "reviewed" || status === "validated";
  const sections = content.sections.map((section, i) => ({
    key: section.key,
    // The first section follows the year in brief on its page.
    newPage: i > 0,
    title: sectionTitle(section.key, content.year),
    // biome-ignore lint/suspicious/noExplicitAny: each renderer takes its own section, keyed above.
    blocks: (renderers[section.key] as (s: any, r: ReportDocument) => Block[])(section, report),
  }));
  const last = report.steps[report.steps.length - 1];
  return typeset({
    title: "Rapport annuel d'évaluation",
    year: String(content.year),
    commune: content.commune.name,
    operator: content.operator.name,
    service: "Service commun du numérique et des systèmes d'information",
    agreement: content.agreement,
    basis:
      "Établi en application de l'article 5 du contrat : présenté aux instances délibératives communales pour information.",
    statusLine: last
      ? status === "draft"
        ? `${REPORT_STATUS_LABELS[status]} du ${frenchDate(last.on)}`
        : `${REPORT_STATUS_LABELS[status]} le ${frenchDate(last.on)}`
      : REPORT_STATUS_LABELS[status],
    watermark: draft ? "PROJET" : null,
    header: `Rapport annuel d'évaluation ${content.year} — ${content.commune.name}`,
    contents: "Sommaire",
    sections: [summary(report), ...sections, ...words(report)],
  });
}
