/**
 * A register as open files for public bodies: CSV (`;`, UTF-8 with its mark, so a French
 * spreadsheet opens it right; cells that a spreadsheet would run as a formula are neutralised),
 * OpenDocument spreadsheet (ODS, written as the standard describes it: a zip whose first entry is
 * the uncompressed `mimetype`) and JSON. A record's list fields become one cell, one item a line.
 */
import { strToU8, zipSync } from "fflate";
import type { Field, RegisterRecord } from "./registers.ts";

export type Table = { sheet: string; columns: string[]; rows: string[][] };

const cellText = (value: Field["value"]) => (Array.isArray(value) ? value.join("\n") : value);

export function tableOf(sheet: string, records: readonly RegisterRecord[]): Table {
  const columns = records[0]?.fields.map((f) => f.label) ?? ["Aucun enregistrement"];
  return { sheet, columns, rows: records.map((r) => r.fields.map((f) => cellText(f.value))) };
}

/** A cell as CSV writes it: quoted when needed, never run as a formula (= + - @ tab CR). */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvOf(table: Table): Buffer {
  const lines = [table.columns, ...table.rows].map((line) => line.map(csvCell).join(";"));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

const xml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Control characters XML 1.0 cannot hold (tab and line breaks are kept).
    .replace(/\p{Cc}/gu, (c) => ("\t\n\r".includes(c) ? c : ""));

function odsCell(text: string, style?: string) {
  const paragraphs = text
    .split("\n")
    .map((line) => `<text:p>${xml(line)}</text:p>`)
    .join("");
  return `<table:table-cell${style ? ` table:style-name="${style}"` : ""} office:value-type="string">${paragraphs}</table:table-cell>`;
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
].join(" ");

/** Sheet names: 31 characters, none of []*?:/\ (what spreadsheets accept). */
const sheetName = (name: string) => name.replace(/[[\]*?:/\\]/g, " ").slice(0, 31);

export function odsOf(tables: readonly Table[]): Buffer {
  const sheets = tables
    .map((t) => {
      const header = `<table:table-row>${t.columns.map((c) => odsCell(c, "head")).join("")}</table:table-row>`;
      const rows = t.rows
        .map(
          (r) => `<table:table-row>${r.map((c) => odsCell(c, "wrap")).join("")}</table:table-row>`,
        )
        .join("");
      return `<table:table table:name="${xml(sheetName(t.sheet))}"><table:table-column table:style-name="col" table:number-columns-repeated="${Math.max(t.columns.length, 1)}"/>${header}${rows}</table:table>`;
    })
    .join("");
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.3"><office:automatic-styles>
<style:style style:name="col" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
<style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" fo:background-color="#e8eef7"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet>${sheets}</office:spreadsheet></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  // fflate writes entries in insertion order: `mimetype` first, stored (level 0), as ODF requires.
  const zipped = zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "content.xml": strToU8(content),
    "META-INF/manifest.xml": strToU8(manifest),
  });
  return Buffer.from(zipped);
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
