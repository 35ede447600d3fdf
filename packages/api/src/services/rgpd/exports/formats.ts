/**
 * A register as open files for public bodies: a sheet for the spreadsheets (CSV and ODS, written by
 * services/exports: formulas neutralised, the ODS as the standard describes it) and JSON. A record's
 * list fields become one cell, one item a line.
 */
import type { Sheet } from "../../exports/spreadsheets.ts";
import type { Field, RegisterRecord } from "./registers.ts";

const cellText = (value: Field["value"]) => (Array.isArray(value) ? value.join("\n") : value);

/** The register as one sheet: a column per field (wide, wrapped), a row per record. */
export function sheetOf(name: string, records: readonly RegisterRecord[]): Sheet {
  const labels = records[0]?.fields.map((f) => f.label) ?? ["Aucun enregistrement"];
  return {
    name,
    columns: labels.map((header) => ({ header, width: 28, wrap: true })),
    rows: records.map((r) => r.fields.map((f) => cellText(f.value))),
  };
}

export function jsonOf(document: {
  title: string;
  organisation: string;
  editedAt: string;
  parties: Field[];
  records: RegisterRecord[];
}): Buffer {
  const structured = {
    ...document,
    parties: Object.fromEntries(document.parties.map((f) => [f.label, f.value])),
    records: document.records.map((r) => ({
      title: r.title,
      fields: Object.fromEntries(r.fields.map((f) => [f.label, f.value])),
    })),
  };
  return Buffer.from(`${JSON.stringify(structured, null, 2)}\n`, "utf8");
}
