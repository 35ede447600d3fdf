/**
 * Every CSV export of mutu, written one way: `;` between cells and a UTF-8 BOM, so Excel in French
 * opens it right; CRLF line ends; a cell quoted when it holds `;`, `"` or a line break. And no cell
 * a spreadsheet would run: text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading apostrophe (OWASP's advice on CSV injection) — saisine titles and reasons are typed by
 * anyone. Numbers are written as numbers.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : value;
  const safe = typeof value === "string" && FORMULA_START.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(lines: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
