/**
 * Annual evaluation reports (000 art. 5): one per commune and year, its content generated from the
 * data and kept as a snapshot, the two sides' words, each step dated and signed, and once sent the
 * PDF itself with its SHA-256 (the same hash is in the audit trail). A trigger (migration
 * annual_report_security) refuses any change to a sent report but the council's date, once.
 */
import type { ActionPlanItem, ReportContent } from "@mutu/domain";
import { REPORT_STATUSES, REMINDER_STAGES } from "@mutu/domain";
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, unique } from "drizzle-orm/pg-core";
import { calendarDate, createdAt, id, instant, oneOf } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { bytea } from "./saisines.ts";

export const annualReports = pgTable(
  "annual_reports",
  {
    id: id(),
    ...orgAndOperator(),
    year: integer().notNull(),
    status: text({ enum: REPORT_STATUSES }).notNull(),
    content: jsonb().$type<ReportContent>().notNull(),
    generatedAt: instant().notNull(),
    generatedBy: text().notNull(),
    operatorComment: text().notNull().default(""),
    communeComment: text().notNull().default(""),
    actionPlan: jsonb().$type<ActionPlanItem[]>().notNull().default(sql`'[]'::jsonb`),
    gapExplanations: jsonb().$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    reviewedAt: instant(),
    reviewedBy: text(),
    validatedAt: instant(),
    validatedBy: text(),
    sentAt: instant(),
    sentBy: text(),
    /** The Paris day of the council's sitting, and who recorded it when. */
    presentedOn: calendarDate(),
    presentedAt: instant(),
    presentedBy: text(),
    /** The PDF as sent, byte for byte, and its SHA-256 (hex). */
    pdf: bytea(),
    pdfSha256: text(),
    /** Bumped by every change: a form sent from a stale page is refused. */
    version: integer().notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    unique("annual_reports_org_year").on(t.orgId, t.year),
    index().on(t.operatorId, t.year),
    check("annual_reports_known_status", oneOf(t.status, REPORT_STATUSES)),
    check(
      "annual_reports_sent_has_pdf",
      sql`${t.status} not in ('sent', 'presented') or (${t.pdf} is not null and ${t.pdfSha256} is not null and ${t.sentAt} is not null)`,
    ),
  ],
);

/** Each reminder emailed, once per commune, year and stage (the app shows the current one). */
export const annualReportReminders = pgTable(
  "annual_report_reminders",
  {
    id: id(),
    ...orgAndOperator(),
    year: integer().notNull(),
    stage: text({ enum: REMINDER_STAGES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("annual_report_reminders_once").on(t.orgId, t.year, t.stage),
    check("annual_report_reminders_known_stage", oneOf(t.stage, REMINDER_STAGES)),
  ],
);
