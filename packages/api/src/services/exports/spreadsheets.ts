/**
 * Tables as files, one module for every export of mutu: sheets of typed columns written as CSV
 * (`;`, decimal commas and a UTF-8 BOM, so a spreadsheet in French opens it right), XLSX
 * (write-excel-file) or ODS (OpenDocument, written here: a zip holding the content as XML, the
 * format public bodies are expected to offer). Numbers stay numbers and rates are real percentages.
 */
import type { ExportFormat } from "@mutu/domain";
import { strToU8, zipSync } from "fflate";
import writeXlsxFile from "write-excel-file/node";

/** text as is; integer and decimal numbers; percent: a share in % (95.5 means 95,5 %). */
export type ColumnKind = "text" | "integer" | "decimal" | "percent";
export type Cell = string | number | null;
export type Sheet = {
  /** The sheet's name (31 characters at most in XLSX). */
  name: string;
  columns: readonly { header: string; kind?: ColumnKind; width?: number }[];
  rows: readonly (readonly Cell[])[];
};
export type ExportedFile = { filename: string; mimeType: string; base64: string };

const MIME: Record<ExportFormat, string> = {
  csv: "text/csv;charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

const kindOf = (sheet: Sheet, index: number): ColumnKind => sheet.columns[index]?.kind ?? "text";

/** A number as a French spreadsheet reads it: "95,5", no thousands separator. */
const frenchNumber = (value: number) => String(value).replace(".", ",");

export function csvCell(value: Cell): string {
  const text = value === null ? "" : typeof value === "number" ? frenchNumber(value) : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(sheets: readonly Sheet[]): Buffer {
  const blocks = sheets.map((sheet) => {
    const lines = [sheet.columns.map((c) => c.header), ...sheet.rows];
    const body = lines.map((line) => line.map(csvCell).join(";")).join("\r\n");
    return sheets.length > 1 ? `${csvCell(sheet.name)}\r\n${body}` : body;
  });
  return Buffer.from(`\uFEFF${blocks.join("\r\n\r\n")}\r\n`, "utf8");
}

async function xlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const formats: Record<ColumnKind, string | undefined> = {
    text: undefined,
    integer: "0",
    decimal: "0.0",
    percent: "0.00%",
  };
  const written = sheets.map((sheet) => ({
    sheet: sheet.name.slice(0, 31),
    columns: sheet.columns.map((c) => ({ width: c.width ?? Math.max(12, c.header.length + 2) })),
    data: [
      sheet.columns.map((c) => ({ value: c.header, fontWeight: "bold" as const })),
      ...sheet.rows.map((row) =>
        row.map((value, i) => {
          if (value === null) return null;
          const kind = kindOf(sheet, i);
          if (typeof value === "string" || kind === "text") return { value: String(value) };
          const format = formats[kind];
          return {
            value: kind === "percent" ? value / 100 : value,
            type: Number,
            ...(format ? { format } : {}),
          };
        }),
      ),
    ],
  }));
  return writeXlsxFile(written).toBuffer();
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot hold at all.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is removed
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

function odsCell(value: Cell, kind: ColumnKind): string {
  if (value === null) return "<table:table-cell/>";
  if (typeof value === "number" && kind === "percent")
    return `<table:table-cell table:style-name="percent" office:value-type="percentage" office:value="${value / 100}"><text:p>${frenchNumber(value)} %</text:p></table:table-cell>`;
  if (typeof value === "number")
    return `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${frenchNumber(value)}</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="string"><text:p>${escapeXml(value)}</text:p></table:table-cell>`;
}

const OFFICE_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'office:version="1.3"',
].join(" ");

function ods(sheets: readonly Sheet[]): Buffer {
  const tables = sheets
    .map((sheet) => {
      const header = `<table:table-row>${sheet.columns.map((c) => `<table:table-cell table:style-name="header" office:value-type="string"><text:p>${escapeXml(c.header)}</text:p></table:table-cell>`).join("")}</table:table-row>`;
      const rows = sheet.rows
        .map(
          (row) =>
            `<table:table-row>${row.map((v, i) => odsCell(v, kindOf(sheet, i))).join("")}</table:table-row>`,
        )
        .join("");
      return `<table:table table:name="${escapeXml(sheet.name)}"><table:table-column table:number-columns-repeated="${sheet.columns.length}"/>${header}${rows}</table:table>`;
    })
    .join("");
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${OFFICE_NS}><office:automatic-styles><number:percentage-style style:name="pct"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text> %</number:text></number:percentage-style><style:style style:name="percent" style:family="table-cell" style:data-style-name="pct"/><style:style style:name="header" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${MIME.ods}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  // The mimetype entry comes first and is stored uncompressed, as ODF requires.
  const zipped = zipSync({
    mimetype: [strToU8(MIME.ods), { level: 0 }],
    "content.xml": strToU8(content),
    "META-INF/manifest.xml": strToU8(manifest),
  });
  return Buffer.from(zipped);
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
  const bytes =
    format === "csv" ? csv(sheets) : format === "xlsx" ? await xlsx(sheets) : ods(sheets);
  return {
    filename: `${basename}.${format}`,
    mimeType: MIME[format],
    base64: bytes.toString("base64"),
  };
}
