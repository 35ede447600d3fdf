import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "vitest";
import { type Sheet, spreadsheetFile, writeSpreadsheet } from "./spreadsheets.ts";

const sheet: Sheet = {
  name: "Contributions 2025 : détail / total [brouillon]",
  columns: [
    { header: "Commune" },
    { header: "Taux", kind: "percent" },
    { header: "Montant", kind: "euros" },
    { header: "Déposée le", kind: "datetime" },
    { header: "Détail", wrap: true },
  ],
  rows: [
    // 30 March 2025 01:30 UTC is 03:30 in Paris (summer time began at 02:00).
    ["Bègles", 95.5, 5875, new Date("2025-03-30T01:30:00Z"), '=HYPERLINK("x")\nligne 2'],
    ["Le Bouscat", null, 0.1, new Date("2025-12-31T23:30:00Z"), "-2 jours"],
  ],
  footer: ["Total", null, 5875.1, null, null],
};

test("CSV: BOM, `;`, decimal commas, euros with two decimals, Paris time, no formula run", async () => {
  const text = (await writeSpreadsheet([sheet], "csv")).toString("utf8");
  expect(text.split("\r\n")).toEqual([
    "\uFEFFCommune;Taux;Montant;Déposée le;Détail",
    'Bègles;95,5;5875,00;30/03/2025 03:30;"\'=HYPERLINK(""x"")\nligne 2"',
    "Le Bouscat;;0,10;01/01/2026 00:30;'-2 jours",
    "Total;;5875,10;;",
    "",
  ]);
});

test("ODS: mimetype first and stored, typed cells, the total in bold, a sheet name spreadsheets accept", async () => {
  const bytes = await writeSpreadsheet([sheet, { ...sheet, name: "Autre" }], "ods");
  // Stored, not compressed: its name, then its content, at the start of the zip.
  expect(bytes.subarray(30, 38).toString()).toBe("mimetype");
  expect(bytes.subarray(38, 84).toString()).toBe("application/vnd.oasis.opendocument.spreadsheet");
  const content = strFromU8(unzipSync(bytes)["content.xml"] ?? new Uint8Array());
  expect(content.match(/<table:table table:name="([^"]*)"/g)).toEqual([
    '<table:table table:name="Contributions 2025   détail   t"',
    '<table:table table:name="Autre"',
  ]);
  expect(content).toContain('office:value-type="percentage" office:value="0.955"');
  expect(content).toContain(
    'office:value-type="currency" office:currency="EUR" office:value="5875"',
  );
  expect(content).toContain('office:date-value="2025-03-30T03:30:00"');
  expect(content).toContain('office:date-value="2026-01-01T00:30:00"');
  // Text is text, one paragraph per line: never a formula.
  expect(content).toContain("<text:p>=HYPERLINK(&quot;x&quot;)</text:p><text:p>ligne 2</text:p>");
  expect(content).not.toContain("table:formula");
  expect(content).toMatch(
    /<table:table-cell table:style-name="b" office:value-type="string"><text:p>Total<\/text:p>/,
  );
  expect(content).toContain('table:style-name="eurb" office:value-type="currency"');
});

test("XLSX: one worksheet per sheet, numbers as numbers, the Paris wall clock as the date", async () => {
  const file = await spreadsheetFile(
    [sheet, { ...sheet, name: "Autre" }],
    "xlsx",
    "contributions-2025",
  );
  expect(file).toMatchObject({
    filename: "contributions-2025.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const files = unzipSync(Buffer.from(file.base64, "base64"));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]),
  );
  const first = strFromU8(files["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
  expect(first).toContain("<v>0.955</v>");
  expect(first).toContain("<v>5875</v>");
  // 2025-03-30 03:30 as an Excel serial date: 45746 days and 3.5 hours.
  expect(first).toMatch(/<v>45746\.1458333/);
});
