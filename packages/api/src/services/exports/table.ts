/**
 * A table to download in a spreadsheet: French headers, typed cells (text, number, an instant
 * shown in Paris time), written as CSV (services/csv.ts: `;`, UTF-8 with BOM, no formula run),
 * XLSX (write-excel-file) or ODS (the open format public bodies are expected to offer: ods.ts).
 */
import { parisWallClock } from "@mutu/domain";
import writeXlsxFile from "write-excel-file/node";
import { csvText } from "../csv.ts";
import { writeOds } from "./ods.ts";

export const EXPORT_FORMATS = ["csv", "xlsx", "ods"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportCell = string | number | Date | null;
export type ExportColumn = { header: string; width: number };
export type ExportTable = { sheet: string; columns: ExportColumn[]; rows: ExportCell[][] };

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

/** « 2026-03-03T14:05:00 » → « 03/03/2026 14:05 », as the French read it. */
function frenchDateTime(instant: Date): string {
  const [day = "", time = ""] = parisWallClock(instant).split("T");
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y} ${time.slice(0, 5)}`;
}

function csvOf(table: ExportTable): Buffer {
  const text = (cell: ExportCell) =>
    cell instanceof Date ? frenchDateTime(cell) : cell === null ? null : cell;
  const lines = [table.columns.map((c) => c.header), ...table.rows.map((row) => row.map(text))];
  return Buffer.from(csvText(lines), "utf8");
}

/** Spreadsheets hold wall-clock dates: the Paris time, written as if it were UTC. */
const wallClockDate = (instant: Date) => new Date(`${parisWallClock(instant)}Z`);

async function xlsxOf(table: ExportTable): Promise<Buffer> {
  const header = table.columns.map((c) => ({ value: c.header, fontWeight: "bold" as const }));
  const body = table.rows.map((row) =>
    row.map((cell) =>
      cell === null
        ? null
        : cell instanceof Date
          ? { value: wallClockDate(cell), type: Date, format: "dd/mm/yyyy hh:mm" }
          : typeof cell === "number"
            ? { value: cell, type: Number }
            : { value: cell, type: String },
    ),
  );
  return writeXlsxFile([header, ...body], {
    sheet: table.sheet,
    columns: table.columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  }).toBuffer();
}

export async function writeTable(table: ExportTable, format: ExportFormat): Promise<Buffer> {
  if (format === "csv") return csvOf(table);
  if (format === "xlsx") return xlsxOf(table);
  return writeOds({
    ...table,
    rows: table.rows.map((row) =>
      row.map((cell) => (cell instanceof Date ? { date: parisWallClock(cell) } : cell)),
    ),
  });
}
