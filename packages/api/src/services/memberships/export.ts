/**
 * Exporting the year's contributions (CSV, XLSX or ODS). The file travels in the procedure's output
 * (base64, with its name and type) so it stays behind the same authentication, permission and
 * tenancy as every read; the SPA turns it into a download.
 */
import type { ExportFormat } from "@mutu/domain";
import { spreadsheetFile } from "../exports/spreadsheets.ts";
import type { ServiceContext } from "../tenant.ts";
import { contributionsOfYear } from "./contributions.ts";
import { contributionsSheet } from "./export-table.ts";

export async function exportContributions(
  ctx: ServiceContext,
  input: { year: number; format: ExportFormat },
) {
  const table = await contributionsOfYear(ctx, { year: input.year });
  return spreadsheetFile([contributionsSheet(table)], input.format, `contributions-${input.year}`);
}
