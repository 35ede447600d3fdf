/**
 * The year's contributions as a sheet for spreadsheets: French headers, one row per member, a
 * total row; amounts in euros as numbers (services/exports writes CSV, XLSX and ODS alike).
 */
import type { Sheet } from "../exports/spreadsheets.ts";
import type { contributionsOfYear } from "./contributions.ts";

type Table = Awaited<ReturnType<typeof contributionsOfYear>>;

const BASIS = {
  "first-year": "Première année",
  "following-years": "Années suivantes",
  none: "—",
} as const;

/** 587500 → "5875,00": no thousands separator, so spreadsheets read a number. */
export const eurosOf = (cents: number) =>
  `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, "0")}`;

export function contributionsSheet(table: Table): Sheet {
  return {
    name: `Contributions ${table.year}`,
    columns: [
      { header: "Commune", width: 28 },
      { header: "Population", kind: "integer" },
      { header: "Formule", width: 44 },
      { header: "Base de calcul", width: 18 },
      { header: "Montant HT (€)", kind: "euros", width: 16 },
      { header: "À examiner", width: 11 },
      { header: "Détail", width: 90, wrap: true },
    ],
    rows: table.rows.map((r) => [
      r.orgName,
      r.population,
      r.subscriptionLabels.join(" puis "),
      BASIS[r.basis],
      r.cents / 100,
      r.needsReview ? "oui" : "non",
      r.problem ?? r.lines.map((l) => `${l.label} : ${eurosOf(l.cents)} €`).join(" / "),
    ]),
    footer: [
      `Total ${table.year} (${table.totals.members} membre${table.totals.members > 1 ? "s" : ""})`,
      null,
      null,
      null,
      table.totals.cents / 100,
      null,
      null,
    ],
  };
}
