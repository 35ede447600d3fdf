/**
 * The year's contributions as a table for spreadsheets: French headers, one row per member, a
 * total row. CSV for any tool (`;` and a UTF-8 BOM, so Excel in French opens it right), XLSX with
 * real numbers and a euro format.
 */
import writeXlsxFile from "write-excel-file/node";
import { csvText } from "../csv.ts";
import type { contributionsOfYear } from "./contributions.ts";

type Table = Awaited<ReturnType<typeof contributionsOfYear>>;

const HEADERS = [
  "Commune",
  "Population",
  "Formule",
  "Base de calcul",
  "Montant HT (€)",
  "À examiner",
  "Détail",
];

const BASIS = {
  "first-year": "Première année",
  "following-years": "Années suivantes",
  none: "—",
} as const;

/** 587500 → "5875,00": no thousands separator, so spreadsheets read a number. */
export const eurosOf = (cents: number) =>
  `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, "0")}`;

function rowsOf(table: Table) {
  return table.rows.map((r) => ({
    commune: r.orgName,
    population: r.population,
    formule: r.subscriptionLabels.join(" puis "),
    base: BASIS[r.basis],
    cents: r.cents,
    review: r.needsReview ? "oui" : "non",
    detail: r.problem ?? r.lines.map((l) => `${l.label} : ${eurosOf(l.cents)} €`).join(" / "),
  }));
}

const TOTAL_LABEL = (table: Table) =>
  `Total ${table.year} (${table.totals.members} membre${table.totals.members > 1 ? "s" : ""})`;

export function contributionsCsv(table: Table): Buffer {
  const lines = [
    HEADERS,
    ...rowsOf(table).map((r) => [
      r.commune,
      r.population,
      r.formule,
      r.base,
      eurosOf(r.cents),
      r.review,
      r.detail,
    ]),
    [TOTAL_LABEL(table), null, null, null, eurosOf(table.totals.cents), null, null],
  ];
  return Buffer.from(csvText(lines), "utf8");
}

export async function contributionsXlsx(table: Table): Promise<Buffer> {
  const euro = "#,##0.00 €";
  const header = HEADERS.map((value) => ({ value, fontWeight: "bold" as const }));
  const body = rowsOf(table).map((r) => [
    { value: r.commune },
    r.population === null ? null : { value: r.population, type: Number },
    { value: r.formule },
    { value: r.base },
    { value: r.cents / 100, type: Number, format: euro },
    { value: r.review },
    { value: r.detail, wrap: true },
  ]);
  const total = [
    { value: TOTAL_LABEL(table), fontWeight: "bold" as const },
    null,
    null,
    null,
    { value: table.totals.cents / 100, type: Number, format: euro, fontWeight: "bold" as const },
    null,
    null,
  ];
  return writeXlsxFile([header, ...body, total], {
    sheet: `Contributions ${table.year}`,
    columns: [
      { width: 28 },
      { width: 12 },
      { width: 44 },
      { width: 18 },
      { width: 16 },
      { width: 11 },
      { width: 90 },
    ],
    stickyRowsCount: 1,
  }).toBuffer();
}
