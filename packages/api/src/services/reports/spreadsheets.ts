/**
 * The report's data as a workbook (XLSX or ODS): one sheet per table of the print model, in the
 * order the PDF prints them, numbers kept as numbers and rates as percentages — through the one
 * spreadsheets module of mutu (services/exports).
 */
import type { ExportFormat } from "@mutu/domain";
import { type ColumnKind, type Sheet, spreadsheetFile, fileSlug } from "../exports/spreadsheets.ts";
import type { Cell, PrintModel, TableBlock } from "./print-model.ts";

const textOf = (cell: Cell) => (typeof cell === "string" ? cell : cell.text);

function kindOf(block: TableBlock, column: number): ColumnKind {
  const cells = block.rows.map((row) => row[column]).filter((c) => c !== undefined);
  const numeric = cells.filter(
    (c): c is Exclude<Cell, string> => typeof c !== "string" && typeof c.value === "number",
  );
  if (
    numeric.length === 0 ||
    numeric.length < cells.filter((c) => textOf(c as Cell) !== "—").length
  )
    return "text";
  if (numeric.every((c) => c.text.endsWith("%"))) return "percent";
  return numeric.every((c) => Number.isInteger(c.value)) ? "integer" : "decimal";
}

function sheetOf(block: TableBlock, name: string): Sheet {
  const kinds = block.head.map((_, i) => kindOf(block, i));
  return {
    name,
    columns: block.head.map((header, i) => ({
      header: header || "Rubrique",
      kind: kinds[i] ?? "text",
      width: Math.max(12, Math.min(60, ...block.rows.map((r) => textOf(r[i] ?? "").length + 2))),
    })),
    rows: block.rows.map((row) =>
      row.map((cell, i) => {
        if (typeof cell !== "string" && kinds[i] !== "text") return cell.value ?? null;
        return textOf(cell);
      }),
    ),
  };
}

export function reportSheets(model: PrintModel): Sheet[] {
  const used = new Set<string>();
  const sheets: Sheet[] = [];
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.kind !== "table") continue;
      // Sheet names: 31 characters at most, unique, without the characters spreadsheets refuse.
      const base = (block.caption ?? section.title)
        .replace(/[\\/?*[\]:]/g, " ")
        .slice(0, 28)
        .trim();
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base} ${n}`;
      used.add(name);
      sheets.push(sheetOf(block, name));
    }
  }
  return sheets;
}

export function reportWorkbook(model: PrintModel, format: Exclude<ExportFormat, "csv">) {
  return spreadsheetFile(
    reportSheets(model),
    format,
    `rapport-annuel-${model.year}-${fileSlug(model.commune)}`,
  );
}
