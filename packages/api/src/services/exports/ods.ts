/**
 * An OpenDocument spreadsheet (ODS, ISO/IEC 26300), written as the standard describes it: a zip
 * whose first entry is the uncompressed `mimetype`, a manifest, and the sheets in content.xml.
 * Cells are typed — text (one paragraph per line), number, percentage, amount in euros, a date-time
 * without zone — so LibreOffice and Excel sort and filter them as such; text is never a formula.
 */
import { strToU8, zipSync } from "fflate";
import {
  type Cell,
  type ColumnKind,
  kindOf,
  MEDIA_TYPES,
  type Sheet,
  sheetName,
  wallClock,
  widthOf,
} from "./spreadsheets.ts";

// XML 1.0 cannot hold most control characters: they are dropped (tab and line breaks kept), the rest
// escaped.
export const xmlText = (text: string) =>
  text
    .replace(/\p{Cc}/gu, (c) => ("\t\n\r".includes(c) ? c : ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

const frenchNumber = (value: number, decimals?: number) =>
  (decimals === undefined ? String(value) : value.toFixed(decimals)).replace(".", ",");

/** The cell's style: bold for a header or a total, wrapped for long text. */
function styleOf(kind: ColumnKind, bold: boolean, wrap: boolean): string {
  const base =
    kind === "percent"
      ? "pct"
      : kind === "euros"
        ? "eur"
        : kind === "datetime"
          ? "dt"
          : wrap
            ? "wrap"
            : "";
  const name = `${base}${bold ? "b" : ""}`;
  return name ? ` table:style-name="${name}"` : "";
}

function cellXml(value: Cell, kind: ColumnKind, bold = false, wrap = false): string {
  if (value === null) return "<table:table-cell/>";
  const style = styleOf(typeof value === "string" ? "text" : kind, bold, wrap);
  if (value instanceof Date) {
    const at = wallClock(value);
    return `<table:table-cell${style} office:value-type="date" office:date-value="${at}:00"><text:p>${at.replace("T", " ")}</text:p></table:table-cell>`;
  }
  if (typeof value === "number" && kind === "percent")
    return `<table:table-cell${style} office:value-type="percentage" office:value="${value / 100}"><text:p>${frenchNumber(value)} %</text:p></table:table-cell>`;
  if (typeof value === "number" && kind === "euros")
    return `<table:table-cell${style} office:value-type="currency" office:currency="EUR" office:value="${value}"><text:p>${frenchNumber(value, 2)} €</text:p></table:table-cell>`;
  if (typeof value === "number")
    return `<table:table-cell${style} office:value-type="float" office:value="${value}"><text:p>${frenchNumber(value)}</text:p></table:table-cell>`;
  const paragraphs = value
    .split(/\r\n|\r|\n/)
    .map((line) => `<text:p>${xmlText(line)}</text:p>`)
    .join("");
  return `<table:table-cell${style} office:value-type="string">${paragraphs}</table:table-cell>`;
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
].join(" ");

/** Each cell style, plain and bold: text wrapped, percentage, euros, date-time. */
const CELL_STYLES = [
  ["", ""],
  ["wrap", '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>'],
  ["pct", "", "pct"],
  ["eur", "", "eur"],
  ["dt", "", "date-time"],
]
  .flatMap(([name = "", properties = "", data]) =>
    [false, true].map((bold) => {
      const styleName = `${name}${bold ? "b" : ""}`;
      if (!styleName) return "";
      const dataStyle = data ? ` style:data-style-name="${data}"` : "";
      const text = bold ? '<style:text-properties fo:font-weight="bold"/>' : "";
      return `<style:style style:name="${styleName}" style:family="table-cell"${dataStyle}>${properties}${text}</style:style>`;
    }),
  )
  .join("");

const DATA_STYLES =
  '<number:percentage-style style:name="pct"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text> %</number:text></number:percentage-style>' +
  '<number:currency-style style:name="eur"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol>€</number:currency-symbol></number:currency-style>' +
  '<number:date-style style:name="date-time"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>';

function tableXml(sheet: Sheet, index: number): string {
  const columns = sheet.columns
    .map((_, i) => `<table:table-column table:style-name="co${index}-${i}"/>`)
    .join("");
  const row = (cells: readonly Cell[], bold = false) =>
    `<table:table-row>${cells.map((value, i) => cellXml(value, kindOf(sheet, i), bold, sheet.columns[i]?.wrap)).join("")}</table:table-row>`;
  const header = row(
    sheet.columns.map((c) => c.header),
    true,
  );
  const rows = sheet.rows.map((r) => row(r)).join("");
  const footer = sheet.footer ? row(sheet.footer, true) : "";
  return `<table:table table:name="${xmlText(sheetName(sheet.name))}">${columns}${header}${rows}${footer}</table:table>`;
}

export function writeOds(sheets: readonly Sheet[]): Buffer {
  const columnStyles = sheets
    .flatMap((sheet, s) =>
      sheet.columns.map(
        (c, i) =>
          `<style:style style:name="co${s}-${i}" style:family="table-column"><style:table-column-properties style:column-width="${(widthOf(c) * 0.21).toFixed(2)}cm"/></style:style>`,
      ),
    )
    .join("");
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.3"><office:automatic-styles>${DATA_STYLES}${columnStyles}${CELL_STYLES}</office:automatic-styles><office:body><office:spreadsheet>${sheets.map(tableXml).join("")}</office:spreadsheet></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${MEDIA_TYPES.ods}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  // fflate writes entries in insertion order: `mimetype` first and stored (level 0), as ODF requires.
  const zipped = zipSync({
    mimetype: [strToU8(MEDIA_TYPES.ods), { level: 0 }],
    "META-INF/manifest.xml": strToU8(manifest),
    "content.xml": strToU8(content),
  });
  return Buffer.from(zipped);
}
