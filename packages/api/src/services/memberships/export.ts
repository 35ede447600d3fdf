/**
 * Exporting the year's contributions. The file travels in the procedure's output (base64, with its
 * name and type) so it stays behind the same authentication, permission and tenancy as every read;
 * the SPA turns it into a download.
 */
import type { ServiceContext } from "../tenant.ts";
import { contributionsOfYear } from "./contributions.ts";
import { contributionsCsv, contributionsXlsx } from "./export-table.ts";

const MIME = {
  csv: "text/csv;charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export async function exportContributions(
  ctx: ServiceContext,
  input: { year: number; format: "csv" | "xlsx" },
) {
  const table = await contributionsOfYear(ctx, { year: input.year });
  const content = input.format === "csv" ? contributionsCsv(table) : await contributionsXlsx(table);
  return {
    filename: `contributions-${input.year}.${input.format}`,
    mimeType: MIME[input.format],
    base64: content.toString("base64"),
  };
}
