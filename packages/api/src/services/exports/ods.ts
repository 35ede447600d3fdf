/**
 * An OpenDocument spreadsheet (ODS, ISO/IEC 26300) written by hand: a zip whose first entry is
 * the uncompressed `mimetype`, a manifest, and the sheet in content.xml (docs/adr/0013). Cells are
 * typed — text, number, a date-time without zone — so LibreOffice and Excel sort and filter
 * them as such; text is never read as a formula.
 */
import { strToU8, zipSync } from "fflate";

export type OdsCell = string | number | { date: string } | null;
export type OdsTable = {
  sheet: string;
  columns: { header: string; width: number }[];
  rows: OdsCell[][];
};

const MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

// XML 1.0 forbids most control characters: they are dropped, the rest escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML cannot hold
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const xmlText = (text: string) =>
  text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** A text cell: one paragraph per line. */
const paragraphs = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => `<text:p>${xmlText(line)}</text:p>`)
    .join("");

function cellXml(cell: OdsCell, header = false): string {
  if (cell === null) return "<table:table-cell/>";
  if (typeof cell === "number")
    return `<table:table-cell office:value-type="float" office:value="${cell}"><text:p>${cell}</text:p></table:table-cell>`;
  if (typeof cell === "object")
    return `<table:table-cell table:style-name="date" office:value-type="date" office:date-value="${xmlText(cell.date)}"><text:p>${xmlText(cell.date.replace("T", " ").slice(0, 16))}</text:p></table:table-cell>`;
  const style = header ? ' table:style-name="header"' : "";
  return `<table:table-cell${style} office:value-type="string">${paragraphs(cell)}</table:table-cell>`;
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
].join(" ");

function contentXml(table: OdsTable): string {
  const columnStyles = table.columns
    .map(
      (c, i) =>
        `<style:style style:name="co${i}" style:family="table-column"><style:table-column-properties style:column-width="${(c.width * 0.21).toFixed(2)}cm"/></style:style>`,
    )
    .join("");
  const columns = table.columns
    .map((_, i) => `<table:table-column table:style-name="co${i}"/>`)
    .join("");
  const header = `<table:table-row>${table.columns.map((c) => cellXml(c.header, true)).join("")}</table:table-row>`;
  const rows = table.rows
    .map((row) => `<table:table-row>${row.map((cell) => cellXml(cell)).join("")}</table:table-row>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.3"><office:automatic-styles>${columnStyles}<number:date-style style:name="date-time"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style><style:style style:name="date" style:family="table-cell" style:data-style-name="date-time"/><style:style style:name="header" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles><office:body><office:spreadsheet><table:table table:name="${xmlText(table.sheet)}">${columns}${header}${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
}

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${MIMETYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${NS} office:version="1.3"/>`;

export function writeOds(table: OdsTable): Buffer {
  // The mimetype first and stored (not compressed): how a reader recognises the format.
  const zip = zipSync({
    mimetype: [strToU8(MIMETYPE), { level: 0 }],
    "META-INF/manifest.xml": strToU8(MANIFEST),
    "styles.xml": strToU8(STYLES),
    "content.xml": strToU8(contentXml(table)),
  });
  return Buffer.from(zip);
}
