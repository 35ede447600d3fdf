/**
 * `dashboards.export`: a dashboard's tables as a spreadsheet (CSV, XLSX or ODS) — months, the
 * breakdowns, delay classes, applications and, for the operator, communes and centres — the same
 * figures as on screen, with the same words.
 */
import {
  AGE_BUCKETS,
  BORDEAUX_SUB_DOMAIN_TITLES,
  DELAY_BUCKET_LABELS,
  type ExportFormat,
  SAISINE_CHANNEL_LABELS,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_TYPE_LABELS,
  type Share,
} from "@mutu/domain";
import { fileSlug, type Sheet, spreadsheetFile } from "../exports/spreadsheets.ts";
import type { ServiceContext } from "../tenant.ts";
import type { PeriodCharts } from "./charts.ts";
import { communeDashboard } from "./commune.ts";
import { operatorDashboard } from "./operator.ts";

const pct = (s: Share) => s.percent;

function chartSheets(charts: PeriodCharts, ageing: { key: string; count: number }[]): Sheet[] {
  /** One row per value of a breakdown: its kind, the value's French words, its count. */
  const breakdown = <K extends string>(
    kind: string,
    rows: { key: K; count: number }[],
    label: (key: K) => string,
  ) => rows.map((r) => [kind, label(r.key), r.count] as const);
  return [
    {
      name: "Par mois",
      columns: [
        { header: "Mois", width: 12 },
        { header: "Déposées", kind: "integer" },
        { header: "Déposées un an plus tôt", kind: "integer" },
        { header: "Closes", kind: "integer" },
        { header: "En cours en fin de mois", kind: "integer" },
        { header: "Prises en compte dans le délai (%)", kind: "percent" },
        { header: "Incidents résolus dans le délai (%)", kind: "percent" },
      ],
      rows: charts.months.map((m) => [
        m.month.slice(0, 7),
        m.filed,
        m.previousYear,
        m.closed,
        m.backlog,
        pct(m.handling),
        pct(m.resolution),
      ]),
    },
    {
      name: "Répartitions",
      columns: [
        { header: "Critère", width: 14 },
        { header: "Valeur", width: 60 },
        { header: "Saisines", kind: "integer" },
      ],
      rows: [
        ...breakdown("Type", charts.byType, (k) => SAISINE_TYPE_LABELS[k]),
        ...breakdown("Nature", charts.byNature, (k) => SAISINE_NATURE_LABELS[k]),
        ...breakdown(
          "Sous-domaine",
          charts.bySubDomain,
          (k) => `${k}. ${BORDEAUX_SUB_DOMAIN_TITLES[k]}`,
        ),
        ...breakdown("Canal", charts.byChannel, (k) => SAISINE_CHANNEL_LABELS[k]),
        ...breakdown("Criticité", charts.byCriticality, (k) => SAISINE_CRITICALITY_LABELS[k]),
        ...breakdown("Ancienneté", ageing, (k) => AGE_BUCKETS.find((b) => b.key === k)?.label ?? k),
      ],
    },
    {
      name: "Délais",
      columns: [
        { header: "Délai ouvré", width: 20 },
        { header: "Prises en compte", kind: "integer" },
        { header: "Incidents résolus", kind: "integer" },
      ],
      rows: DELAY_BUCKET_LABELS.map((label, i) => [
        label,
        charts.handlingClasses[i]?.count ?? 0,
        charts.resolutionClasses[i]?.count ?? 0,
      ]),
    },
    {
      name: "Applications",
      columns: [
        { header: "Application", width: 40 },
        { header: "Incidents", kind: "integer" },
        { header: "Autres saisines", kind: "integer" },
      ],
      rows: charts.topApplications.map((a) => [a.application, a.incidents, a.others]),
    },
  ];
}

const SUMMARY_COLUMNS: Sheet["columns"] = [
  { header: "Déposées", kind: "integer" },
  { header: "Un an plus tôt", kind: "integer" },
  { header: "En cours", kind: "integer" },
  { header: "En retard", kind: "integer" },
  { header: "Prises en compte dans le délai (%)", kind: "percent" },
  { header: "Incidents résolus dans le délai (%)", kind: "percent" },
  { header: "Résolus au premier contact (%)", kind: "percent" },
];

type SummaryRow = {
  filed: number;
  previousYear: number;
  open: number;
  breached: number;
  handling: Share;
  resolution: Share;
  firstContact: Share;
};
const summaryCells = (r: SummaryRow) => [
  r.filed,
  r.previousYear,
  r.open,
  r.breached,
  pct(r.handling),
  pct(r.resolution),
  pct(r.firstContact),
];

export async function exportDashboard(
  ctx: ServiceContext,
  input:
    | { view: "commune"; orgId?: string | undefined; period: string; format: ExportFormat }
    | { view: "operator"; centre?: string | undefined; period: string; format: ExportFormat },
) {
  if (input.view === "commune") {
    const d = await communeDashboard(ctx, input);
    const sheets = d.charts ? chartSheets(d.charts, d.ageing) : [];
    return spreadsheetFile(
      sheets.length
        ? sheets
        : [{ name: "Saisines", columns: [{ header: "Aucune donnée" }], rows: [] }],
      input.format,
      `tableau-de-bord-${fileSlug(d.orgName)}-${d.period.key}`,
    );
  }
  const d = await operatorDashboard(ctx, input);
  const sheets: Sheet[] = [
    {
      name: "Par commune",
      columns: [
        { header: "Commune", width: 28 },
        { header: "Centre de proximité", width: 40 },
        ...SUMMARY_COLUMNS,
      ],
      rows: [
        ...d.communes.map((c) => [c.name, c.centre ?? "", ...summaryCells(c)]),
        ["Total", "", ...summaryCells(d.total)],
      ],
    },
    {
      name: "Par centre",
      columns: [
        { header: "Centre de proximité", width: 40 },
        { header: "Communes", kind: "integer" },
        ...SUMMARY_COLUMNS,
      ],
      rows: d.byCentre.map((c) => [c.centre ?? "Sans centre", c.communes, ...summaryCells(c)]),
    },
    ...chartSheets(d.charts, d.ageing),
  ];
  return spreadsheetFile(
    sheets,
    input.format,
    `tableau-de-bord-${d.centre ? fileSlug(d.centre) : "consolide"}-${d.period.key}`,
  );
}
