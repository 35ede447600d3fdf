/** Exports: the formats tables leave mutu in. */
export {
  EXPORT_FORMAT_LABELS,
  EXPORT_FORMATS,
  type ExportFormat,
  exportFormatSchema,
} from "./formats.ts";
