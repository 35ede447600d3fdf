/**
 * The report as its outputs lay it out: a cover, then sections of blocks (paragraphs, tables,
 * charts). One renderer per section key of REPORT_SECTIONS — the PDF (pdf/report.typ) and the
 * spreadsheets (spreadsheets.ts) both walk this model, so a section added once appears in all.
 * Every text is typeset here with the domain's French typography; the layouts add no words.
 */
import {
  frenchChange,
  frenchCount,
  frenchDate,
  frenchNumber,
  frenchPercent,
  frenchPointChange,
  frenchTypography,
  INDICATOR_VERDICT_LABELS,
  type IndicatorVerdict,
  REPORT_STATUS_LABELS,
  type ReportDataSection,
  type ReportDocument,
  type ReportStatus,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  type SaisineCriticality,
  type SaisineNature,
  sectionTitle,
  shortMinutes,
} from "@mutu/domain";

export type Tone = "good" | "bad" | "muted";
export type Cell = string | { text: string; value?: number | null; tone?: Tone };
export type TableBlock = {
  kind: "table";
  caption: string | null;
  head: string[];
  widths: (number | "auto")[];
  align: ("left" | "right" | "center")[];
  rows: Cell[][];
  empty: string | null;
};
export type Block =
  | { kind: "paragraph" | "note" | "subheading"; text: string }
  | { kind: "quote"; who: string; text: string }
  | TableBlock
  | {
      kind: "bars";
      caption: string;
      labels: string[];
      series: { label: string; values: number[]; printed: string[] }[];
    }
  | {
      kind: "meter";
      caption: string;
      rows: {
        label: string;
        value: number | null;
        mark: number | null;
        printed: string;
        tone: Tone | null;
      }[];
    }
  | { kind: "figures"; items: { value: string; label: string; note: string | null }[] };

/** `newPage: false`: the section follows the previous one on its page. */
export type PrintSection = { key: string; title: string; blocks: Block[]; newPage?: boolean };

export type PrintModel = {
  title: string;
  year: string;
  commune: string;
  operator: string;
  service: string;
  agreement: string | null;
  basis: string;
  statusLine: string;
  watermark: string | null;
  header: string;
  contents: string;
  sections: PrintSection[];
};

const MONTHS = [
  "janv.",
  "févr.",
  "mars",
  "avr.",
  "mai",
  "juin",
  "juil.",
  "août",
  "sept.",
  "oct.",
  "nov.",
  "déc.",
];
const VERDICT_TONES: Record<IndicatorVerdict, Tone | null> = {
  kept: "good",
  missed: "bad",
  measured: null,
  reference: null,
  "not-measured": "muted",
};

const num = (n: number): Cell => ({ text: frenchNumber(n), value: n });
const pct = (n: number | null): Cell =>
  n === null ? { text: "—", value: null, tone: "muted" } : { text: frenchPercent(n), value: n };
const mins = (n: number | null): Cell =>
  n === null ? { text: "—", value: null } : { text: shortMinutes(n), value: n };
const table = (t: Omit<TableBlock, "kind" | "empty"> & { empty?: string }): TableBlock => ({
  kind: "table",
  empty: t.empty ?? null,
  ...t,
});

type Renderers = {
  [K in ReportDataSection["key"]]: (
    section: Extract<ReportDataSection, { key: K }>,
    report: ReportDocument,
  ) => Block[];
};

const renderers: Renderers = {
  indicators: (section, report) => {
    const year = report.content.year;
    const judged = section.rows.filter((r) => r.verdict === "kept" || r.verdict === "missed");
    const gaps = section.rows.filter((r) => r.verdict === "not-measured");
    return [
      {
        kind: "paragraph",
        text: `Le contrat engage le service commun sur ${frenchCount(section.rows.length, "indicateur")}. ${
          judged.length
            ? `En ${year}, ${frenchNumber(judged.filter((r) => r.verdict === "kept").length)} des ${frenchCount(judged.length, "indicateur")} jugés sur leur cible ${judged.length > 1 ? "ont" : "a"} été tenus`
            : `En ${year}, aucun indicateur n'a pu être jugé sur une cible`
        }${gaps.length ? ` ; ${frenchCount(gaps.length, "indicateur")} n'${gaps.length > 1 ? "ont" : "a"} pas pu être ${gaps.length > 1 ? "mesurés" : "mesuré"}, chaque manque est expliqué plus bas` : ""}. La tendance compare à ${year - 1} ; la référence est le niveau constaté au transfert du service.`,
      },
      table({
        caption: `Indicateurs du contrat en ${year}`,
        head: [
          "Code",
          "Indicateur",
          "Cible",
          "Référence",
          String(year - 1),
          String(year),
          "Tendance",
          "Appréciation",
        ],
        widths: ["auto", 1.8, 1.3, 2, 1, 1.2, "auto", 1],
        align: ["left", "left", "left", "left", "right", "right", "right", "left"],
        rows: section.rows.map((r) => [
          r.code,
          r.label,
          r.target,
          r.reference ?? "Non mesuré",
          {
            text: r.previous.text,
            value: r.previous.value,
            tone: r.previous.value === null ? "muted" : undefined,
          },
          { text: r.current.text, value: r.current.value },
          frenchPointChange(r.current.value, r.previous.value),
          {
            text: INDICATOR_VERDICT_LABELS[r.verdict],
            tone: VERDICT_TONES[r.verdict] ?? undefined,
          },
        ]),
      }),
      ...(judged.length
        ? [
            {
              kind: "meter" as const,
              caption: `Part des saisines dans le délai en ${year}, trait : taux exigé`,
              rows: section.rows
                .filter((r) => r.current.value !== null)
                .map((r) => ({
                  label: `${r.code} ${r.label}`,
                  value: r.current.value,
                  mark: requiredRate(r.target),
                  printed: r.current.value === null ? "—" : frenchPercent(r.current.value),
                  tone: VERDICT_TONES[r.verdict],
                })),
            },
          ]
        : []),
      ...(gaps.length
        ? [
            { kind: "subheading" as const, text: "Indicateurs non mesurés" },
            ...gaps.map((g) => ({
              kind: "quote" as const,
              who: `${g.code} — ${g.label}`,
              text: report.gapExplanations[g.code]?.trim() || "Explication attendue.",
            })),
          ]
        : []),
    ];
  },
  saisines: (section, report) => {
    const year = report.content.year;
    const total = section.months.reduce((n, m) => n + m.current, 0);
    const before = section.months.reduce((n, m) => n + m.previous, 0);
    const countTable = (caption: string, rows: typeof section.byType) =>
      table({
        caption,
        head: ["", String(year - 1), String(year), "Évolution"],
        widths: [2, 1, 1, 1],
        align: ["left", "right", "right", "right"],
        rows: [
          ...rows.map((r) => [
            r.label,
            num(r.previous),
            num(r.current),
            frenchChange(r.current, r.previous),
          ]),
          [{ text: "Total" }, num(before), num(total), frenchChange(total, before)],
        ],
      });
    return [
      {
        kind: "paragraph",
        text: `${frenchCount(total, "saisine")} ${total > 1 ? "ont été déposées" : "a été déposée"} en ${year} (${frenchCount(before, "saisine")} en ${year - 1}, ${frenchChange(total, before)}).`,
      },
      {
        kind: "bars",
        caption: `Saisines déposées par mois, ${year} et ${year - 1}`,
        labels: MONTHS,
        series: [
          {
            label: String(year),
            values: section.months.map((m) => m.current),
            printed: section.months.map((m) => frenchNumber(m.current)),
          },
          {
            label: String(year - 1),
            values: section.months.map((m) => m.previous),
            printed: section.months.map((m) => frenchNumber(m.previous)),
          },
        ],
      },
      countTable("Saisines par type", section.byType),
      countTable("Saisines par nature", section.byNature),
      countTable("Saisines par sous-domaine", section.bySubDomain),
      { kind: "subheading", text: "Délais" },
      {
        kind: "paragraph",
        text: "Délais en heures ouvrées, sur les horaires de support du contrat hors jours fériés : médiane et 90ᵉ centile (rang le plus proche), part des saisines dans le délai enregistré sur chacune.",
      },
      table({
        caption: `Délais de prise en compte et de résolution en ${year}`,
        head: [
          "Étape",
          "Nature",
          "Criticité",
          "Saisines",
          "Médiane",
          "90ᵉ centile",
          "Dans le délai",
        ],
        widths: [1.3, 1.2, 1.2, 1, 1, 1, 1.2],
        align: ["left", "left", "left", "right", "right", "right", "right"],
        rows: section.delays.map((d) => [
          d.measure === "handling" ? "Prise en compte" : "Résolution",
          SAISINE_NATURE_LABELS[d.nature as SaisineNature] ?? d.nature,
          SAISINE_CRITICALITY_LABELS[d.criticality as SaisineCriticality] ?? d.criticality,
          num(d.count),
          mins(d.median),
          mins(d.p90),
          pct(d.percent),
        ]),
        empty: "Aucun délai mesuré cette année.",
      }),
    ];
  },
  exceptional: (section, report) => [
    {
      kind: "paragraph",
      text: `L'état récapitulatif de l'article 4 : les demandes exceptionnelles et les litiges de ${report.content.year}, avec les solutions arbitrées.`,
    },
    table({
      caption: "Saisines exceptionnelles",
      head: ["Saisine", "Déposée le", "Décision", "Motifs et moyens"],
      widths: [2, 1, 1.2, 2.4],
      align: ["left", "left", "left", "left"],
      rows: section.exceptional.map((e) => [
        e.title,
        frenchDate(e.filedOn),
        e.decidedOn ? `${e.outcome}, le ${frenchDate(e.decidedOn)}` : e.outcome,
        e.detail || "—",
      ]),
      empty: "Aucune saisine exceptionnelle cette année.",
    }),
    table({
      caption: "Désaccords et arbitrages",
      head: ["Saisine", "Désaccord", "Niveau atteint", "Issue", "Solution retenue"],
      widths: [2, 1, 0.8, 1.2, 2.4],
      align: ["left", "left", "center", "left", "left"],
      rows: section.disputes.map((d) => [
        d.title,
        d.kind,
        num(d.highestLevel),
        d.settledOn ? `${d.outcome}, le ${frenchDate(d.settledOn)}` : d.outcome,
        d.solution || "—",
      ]),
      empty: "Aucun désaccord cette année.",
    }),
  ],
  contribution: (section, report) => [
    {
      kind: "paragraph",
      text: `Formule d'adhésion : ${section.formula}. La contribution de ${report.content.year} est rapprochée de l'activité demandée au service commun.`,
    },
    table({
      caption: `Contribution ${report.content.year}`,
      head: ["Poste", "Montant HT"],
      widths: [3, 1],
      align: ["left", "right"],
      rows: [
        ...section.lines.map((l) => [l.label, euros(l.cents)]),
        ...(section.totalCents === null ? [] : [["Total", euros(section.totalCents)]]),
      ],
      empty: section.problem ?? "Aucune contribution due cette année.",
    }),
    table({
      caption: "Activité de l'année",
      head: ["Saisines", String(report.content.year - 1), String(report.content.year)],
      widths: [2, 1, 1],
      align: ["left", "right", "right"],
      rows: section.activity.map((a) => [a.label, num(a.previous), num(a.current)]),
    }),
  ],
};

const euros = (cents: number): Cell => ({
  text: `${frenchNumber(cents / 100, 2)}\u00a0€`,
  value: cents / 100,
});

/** The rate a target requires, read from its words (« 95 % en… »), else every case: 100. */
function requiredRate(target: string): number | null {
  const match = /(\d+(?:,\d+)?) % en/.exec(target);
  if (match?.[1]) return Number(match[1].replace(",", "."));
  return /ouvrée|minute/.test(target) ? 100 : null;
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
  return {
    key: "summary",
    title: "L'année en bref",
    blocks: [
      {
        kind: "paragraph",
        text: `Ce rapport rend compte de l'exécution en ${content.year} ${content.agreement ? `du ${content.agreement.charAt(0).toLowerCase()}${content.agreement.slice(1)}` : "de la mutualisation"} entre ${content.commune.name} et ${content.operator.name}. Il est établi à partir des données de l'outil partagé au ${frenchDate(content.generatedAt.slice(0, 10))}, relu par la commune, puis présenté à son conseil municipal pour information.`,
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
      "Établi en application de l'article 5 du contrat : présenté aux instances délibératives communales pour information.",
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
