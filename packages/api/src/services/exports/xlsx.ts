/**
 * An Office Open XML workbook (XLSX) written by write-excel-file: one worksheet per sheet, its
 * header row bold and frozen, numbers as numbers with their format (percentages as shares, euros),
 * instants as dates in Paris time, long text wrapped.
 */
import writeXlsxFile from "write-excel-file/node";
import {
  type Cell,
  type ColumnKind,
  kindOf,
  type Sheet,
  sheetName,
  wallClock,
  widthOf,
} from "./spreadsheets.ts";

const FORMATS: Partial<Record<ColumnKind, string>> = {
  integer: "0",
  decimal: "0.0",
  percent: "0.00%",
  euros: "#,##0.00 €",
  datetime: "dd/mm/yyyy hh:mm",
};

/** Spreadsheets hold wall-clock dates: the Paris time, written as if it were UTC. */
const wallClockDate = (instant: Date) => new Date(`${wallClock(instant)}:00Z`);

function cellOf(value: Cell, kind: ColumnKind, bold: boolean, wrap: boolean) {
  if (value === null) return null;
  const style = {
    ...(bold ? { fontWeight: "bold" as const } : {}),
    ...(wrap ? { wrap: true } : {}),
  };
  if (value instanceof Date)
    return { value: wallClockDate(value), type: Date, format: FORMATS.datetime, ...style };
  if (typeof value === "string" || kind === "text") return { value: String(value), ...style };
  const format = FORMATS[kind];
  return {
    value: kind === "percent" ? value / 100 : value,
    type: Number,
    ...(format ? { format } : {}),
    ...style,
  };
}

export async function writeXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const written = sheets.map((sheet) => {
    const row = (cells: readonly Cell[], bold = false) =>
      cells.map((value, i) =>
        cellOf(value, kindOf(sheet, i), bold, sheet.columns[i]?.wrap ?? false),
      );
    return {
      sheet: sheetName(sheet.name),
      columns: sheet.columns.map((c) => ({ width: widthOf(c) })),
      stickyRowsCount: 1,
      data: [
        row(
          sheet.columns.map((c) => c.header),
          true,
        ),
        ...sheet.rows.map((r) => row(r)),
        ...(sheet.footer ? [row(sheet.footer, true)] : []),
      ],
    };
  });
  return writeXlsxFile(written).toBuffer();
}
