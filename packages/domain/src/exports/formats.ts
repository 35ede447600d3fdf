/**
 * The file formats tables are exported in: CSV for any tool, XLSX for Excel, ODS — the open format
 * public bodies are expected to offer (RGI, référentiel général d'interopérabilité).
 */
import { z } from "zod";

export const EXPORT_FORMATS = ["csv", "xlsx", "ods"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: "CSV",
  xlsx: "Excel (XLSX)",
  ods: "OpenDocument (ODS)",
};

export const exportFormatSchema = z.enum(EXPORT_FORMATS, {
  error: "Format inconnu : csv, xlsx ou ods attendu.",
});
