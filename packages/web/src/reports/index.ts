/** @mutu/web/reports — what both spaces show of an annual report (loaded with its pages). */
export { reportsMessages } from "./messages.ts";
export { type Report, ReportDownloads, ReportSummary } from "./report-summary.tsx";
