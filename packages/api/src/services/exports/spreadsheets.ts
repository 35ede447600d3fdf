/**
 * Tables as files, one module for every spreadsheet mutu exports: sheets of typed columns written
 * as CSV (`;`, decimal commas and a UTF-8 BOM, so a spreadsheet in French opens it right, and no
 * cell a spreadsheet would run: ../csv.ts), XLSX (write-excel-file: xlsx.ts) or ODS (OpenDocument,
 * the open format public bodies are expected to offer: ods.ts). Numbers stay numbers, rates are real
 * percentages, amounts are euros and instants are shown in Paris time.
 */
import { type ExportFormat, parisWallClock } from "@mutu/domain";
import { csvCell } from "../csv.ts";
import { writeOds } from "./ods.ts";
import { writeXlsx } from "./xlsx.ts";

export type { ExportFormat } from "@mutu/domain";

/**
 * text as is; integer and decimal numbers; percent: a share in % (95.5 means 95,5 %); euros: an
 * amount in euros (two decimals); datetime: an instant (a `Date`), shown in Paris time.
 */
export type ColumnKind = "text" | "integer" | "decimal" | "percent" | "euros" | "datetime";
export type Cell = string | number | Date | null;
export type Column = {
  header: string;
  kind?: ColumnKind;
  /** In characters; by default the header's length, at least 12. */
  width?: number;
  /** Long text (several lines, a detail): wrapped in its cell. */
  wrap?: boolean;
};
export type Sheet = {
  /** The sheet's name (31 characters at most, none of []*?:/\ — what spreadsheets accept). */
  name: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
  /** A last row in bold (a total). */
  footer?: readonly Cell[];
};
export type ExportedFile = { filename: string; mimeType: string; base64: string };

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

export const kindOf = (sheet: Sheet, index: number): ColumnKind =>
  sheet.columns[index]?.kind ?? "text";
export const widthOf = (column: Column) => column.width ?? Math.max(12, column.header.length + 2);
export const sheetName = (name: string) => name.replace(/[[\]*?:/\\]/g, " ").slice(0, 31);

/** « 2026-03-03T14:05 » as a spreadsheet cell holds it: the Paris wall clock, without a zone. */
export const wallClock = (instant: Date) => parisWallClock(instant).slice(0, 16);

/** « 03/03/2026 14:05 », as the French read it. */
function frenchDateTime(instant: Date): string {
  const [day = "", time = ""] = wallClock(instant).split("T");
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y} ${time}`;
}

/** A cell's words in CSV: numbers with a decimal comma (euros with two decimals). */
function csvWords(value: Cell, kind: ColumnKind): string | number | null {
  if (value instanceof Date) return frenchDateTime(value);
  if (typeof value !== "number") return value;
  if (kind === "euros") return value.toFixed(2).replace(".", ",");
  return Number.isInteger(value) ? value : String(value).replace(".", ",");
}

function csv(sheets: readonly Sheet[]): Buffer {
  const blocks = sheets.map((sheet) => {
    const rows = sheet.footer ? [...sheet.rows, sheet.footer] : sheet.rows;
    const lines = [
      sheet.columns.map((c) => csvCell(c.header)).join(";"),
      ...rows.map((row) =>
        row
          .map((value, i) => {
            const words = csvWords(value, kindOf(sheet, i));
            // A number's words are not text a spreadsheet could run: never neutralised.
            return typeof value === "number" ? String(words) : csvCell(words);
          })
          .join(";"),
      ),
    ];
    const body = lines.join("\r\n");
    return sheets.length > 1 ? `${csvCell(sheet.name)}\r\n${body}` : body;
  });
  return Buffer.from(`\uFEFF${blocks.join("\r\n\r\n")}\r\n`, "utf8");
}

// A spreadsheet's cells are data to sort, filter and copy: they hold plain spaces, the no-break
// ones of the screens' and the PDF's French typography (ADR 0050) are undone here, once.
const plain = <T extends Cell>(value: T): T =>
  (typeof value === "string" ? value.replace(/[\u00a0\u202f]/g, " ") : value) as T;

function plainSheet(sheet: Sheet): Sheet {
  return {
    ...sheet,
    name: plain(sheet.name),
    columns: sheet.columns.map((c) => ({ ...c, header: plain(c.header) })),
    rows: sheet.rows.map((row) => row.map(plain)),
    ...(sheet.footer && { footer: sheet.footer.map(plain) }),
  };
}

/** The sheets as the bytes of a file of `format`. */
export async function writeSpreadsheet(
  sheets: readonly Sheet[],
  format: ExportFormat,
): Promise<Buffer> {
  const plainSheets = sheets.map(plainSheet);
  if (format === "csv") return csv(plainSheets);
  if (format === "xlsx") return writeXlsx(plainSheets);
  return writeOds(plainSheets);
}

/** « Le Bouscat », « Centre proximité Sud » → « le-bouscat », « centre-proximite-sud »: for file names. */
export function fileSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The sheets as a file of `format`, named `basename.<format>`, ready for a procedure to return. */
export async function spreadsheetFile(
  sheets: readonly Sheet[],
  format: ExportFormat,
  basename: string,
): Promise<ExportedFile> {
  const bytes = await writeSpreadsheet(sheets, format);
  return {
    filename: `${basename}.${format}`,
    mimeType: MEDIA_TYPES[format],
    base64: bytes.toString("base64"),
  };
}
