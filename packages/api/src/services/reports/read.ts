/**
 * Reading reports: one commune's report of a year, the list (a commune finds every past report in
 * its space; the Métropole sees, for a year, each member's report or that it is still to be
 * generated), the files (PDF, XLSX, ODS) and the reminders the app shows before 31 March.
 */
import { parisToday, reportReminder } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, desc, eq } from "drizzle-orm";
import { notFound } from "../../errors.ts";
import { fileSlug } from "../exports/spreadsheets.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { documentOf, findReport, reportOrgId } from "./access.ts";
import { reportOutput } from "./outputs.ts";
import { reportPdf } from "./pdf/render.ts";
import { printModel } from "./print-model.ts";
import { reportWorkbook } from "./spreadsheets.ts";

const { annualReports, organisations } = schema;

export async function getReport(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; year: number },
) {
  const orgId = reportOrgId(ctx.caller, input.orgId);
  return inTenant(ctx, async (tx) => {
    const row = await findReport(tx, orgId, input.year);
    return row ? reportOutput(row, ctx.caller, ctx.now()) : null;
  });
}

export async function listReports(ctx: ServiceContext, input: { year?: number | undefined }) {
  const { caller } = ctx;
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const communes = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(
        caller.org.kind === "operator"
          ? and(eq(organisations.operatorId, caller.org.id), eq(organisations.kind, "commune"))
          : eq(organisations.id, caller.org.id),
      )
      .orderBy(asc(organisations.name));
    const rows = await tx
      .select({
        orgId: annualReports.orgId,
        year: annualReports.year,
        status: annualReports.status,
        sentAt: annualReports.sentAt,
        presentedOn: annualReports.presentedOn,
        generatedAt: annualReports.generatedAt,
      })
      .from(annualReports)
      .where(input.year === undefined ? undefined : eq(annualReports.year, input.year))
      .orderBy(desc(annualReports.year));
    const names = new Map(communes.map((c) => [c.id, c.name]));
    const collator = new Intl.Collator("fr");
    const reports = rows
      .filter((r) => names.has(r.orgId))
      .map((r) => ({
        orgId: r.orgId,
        orgName: names.get(r.orgId) ?? "",
        year: r.year,
        status: r.status,
        generatedAt: r.generatedAt,
        sentAt: r.sentAt,
        presentedOn: r.presentedOn,
        reminder: reportReminder(r.year, r.status, today),
      }));
    // For a year, the members whose report is not generated yet are listed too.
    const missing =
      input.year === undefined
        ? []
        : communes
            .filter((c) => !rows.some((r) => r.orgId === c.id))
            .map((c) => ({
              orgId: c.id,
              orgName: c.name,
              year: input.year as number,
              status: null,
              generatedAt: null,
              sentAt: null,
              presentedOn: null,
              reminder: reportReminder(input.year as number, null, today),
            }));
    return [...reports, ...missing].sort(
      (a, b) => b.year - a.year || collator.compare(a.orgName, b.orgName),
    );
  });
}

export async function downloadReport(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; year: number; format: "pdf" | "xlsx" | "ods" },
) {
  const orgId = reportOrgId(ctx.caller, input.orgId);
  const row = await inTenant(ctx, (tx) => findReport(tx, orgId, input.year));
  if (!row) throw notFound("Rapport annuel");
  const model = printModel(documentOf(row));
  if (input.format !== "pdf") return reportWorkbook(model, input.format);
  // A sent report is the PDF that was sent, byte for byte; a draft is printed from its data.
  const pdf = row.pdf ?? reportPdf(model, ctx.now());
  return {
    filename: `rapport-annuel-${row.year}-${fileSlug(row.content.commune.name)}.pdf`,
    mimeType: "application/pdf",
    base64: Buffer.from(pdf).toString("base64"),
  };
}

/** The reports of the last year still to send, for the app's reminder. */
export async function reportReminders(ctx: ServiceContext) {
  const today = parisToday(ctx.now());
  const year = Number(today.slice(0, 4)) - 1;
  const list = await listReports(ctx, { year });
  return list
    .filter((r) => r.reminder !== null)
    .map((r) => ({ orgId: r.orgId, orgName: r.orgName, year: r.year, reminder: r.reminder }));
}
