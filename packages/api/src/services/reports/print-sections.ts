/**
 * One renderer per data section of REPORT_SECTIONS: the blocks each prints. A `Record` over the
 * section keys, so a section added to the domain's list does not compile until it has one.
 */
import {
  frenchChange,
  frenchCount,
  frenchDate,
  frenchNumber,
  frenchPercent,
  frenchPointChange,
  INDICATOR_VERDICT_LABELS,
  type IndicatorVerdict,
  type ReportDataSection,
  type ReportDocument,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  type SaisineCriticality,
  type SaisineNature,
} from "@mutu/domain";
import { type Block, euros, mins, num, pct, type Tone, table } from "./print-blocks.ts";
import { workRenderers } from "./print-work.ts";

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

type Renderers = {
  [K in ReportDataSection["key"]]: (
    section: Extract<ReportDataSection, { key: K }>,
    report: ReportDocument,
  ) => Block[];
};

export const renderers: Renderers = {
  ...workRenderers,
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
        }${gaps.length ? ` ; ${frenchCount(gaps.length, "indicateur")} n'${gaps.length > 1 ? "ont" : "a"} pas pu être ${gaps.length > 1 ? "mesurés" : "mesuré"}, chaque manque est expliqué plus bas` : ""}. La tendance compare à ${year - 1} ; la référence est le niveau constaté au transfert du service.`,
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
              caption: `Part des saisines dans le délai en ${year}, trait : taux exigé`,
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
        text: "Délais en heures ouvrées, sur les horaires de support du contrat hors jours fériés : médiane et 90ᵉ centile (rang le plus proche), part des saisines dans le délai enregistré sur chacune.",
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
      text: `L'état récapitulatif de l'article 4 : les demandes exceptionnelles et les litiges de ${report.content.year}, avec les solutions arbitrées.`,
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
      text: `Formule d'adhésion : ${section.formula}. La contribution de ${report.content.year} est rapprochée de l'activité demandée au service commun.`,
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

/** The rate a target requires, read from its words (« 95 % en… »), else every case: 100. */
function requiredRate(target: string): number | null {
  const match = /(\d+(?:,\d+)?) % en/.exec(target);
  if (match?.[1]) return Number(match[1].replace(",", "."));
  return /ouvrée|minute/.test(target) ? 100 : null;
}
