/**
 * Generating (or regenerating) the report of a commune for a year from the data. A draft or a
 * reviewed report is regenerated in place — a reviewed one goes back to draft, since the commune
 * read other figures —; a validated or sent one is not.
 */
import { generationRefusal, parisToday, reportYearSchema } from "@mutu/domain";
import { appendAudit, schema } from "@mutu/db";
import { eq } from "drizzle-orm";
import { actorOf } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { assertManager, findReport, reportForStep } from "./access.ts";
import { buildContent } from "./build.ts";
import { contributionSection } from "./contribution.ts";
import { reportOutput } from "./outputs.ts";

const { annualReports, organisations } = schema;

export async function generateReport(
  ctx: ServiceContext,
  input: { orgId: string; year: number; version?: number | undefined },
) {
  const { caller } = ctx;
  assertManager(caller);
  assertVisibleOrg(caller, input.orgId);
  const year = reportYearSchema.parse(input.year);
  const now = ctx.now();
  const refusal = generationRefusal(year, parisToday(now));
  if (refusal) throw new AppError("BAD_REQUEST", refusal, { year: [refusal] });
  // Read in its own scope by the memberships service, before the report's transaction.
  const contribution = await contributionSection(ctx, input.orgId, year);
  return inTenant(ctx, async (tx) => {
    const [commune] = await tx
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(eq(organisations.id, input.orgId));
    if (commune?.kind !== "commune")
      throw new AppError("BAD_REQUEST", "Un rapport annuel se prépare pour une commune membre.");
    const existing = await findReport(tx, input.orgId, year, true);
    if (existing)
      await reportForStep(
        tx,
        caller,
        { orgId: input.orgId, year, version: input.version ?? existing.version },
        "edit",
      );
    const content = await buildContent(tx, caller, { orgId: input.orgId, year, now }, contribution);
    const fresh = {
      status: "draft" as const,
      content,
      generatedAt: now,
      generatedBy: caller.label,
      reviewedAt: null,
      reviewedBy: null,
    };
    const [row] = existing
      ? await tx
          .update(annualReports)
          .set({ ...fresh, version: existing.version + 1 })
          .where(eq(annualReports.id, existing.id))
          .returning()
      : await tx
          .insert(annualReports)
          .values({ ...fresh, orgId: input.orgId, operatorId: caller.operatorId, year })
          .returning();
    if (!row) throw new Error("annual report write returned nothing");
    await appendAudit(tx, {
      orgId: input.orgId,
      actor: actorOf(caller),
      action: existing ? "report.regenerate" : "report.generate",
      entity: "annual-report",
      entityId: row.id,
      before: existing ? { status: existing.status, version: existing.version } : undefined,
      after: {
        year,
        status: row.status,
        version: row.version,
        sections: content.sections.map((s) => s.key),
      },
    });
    return reportOutput(row, caller, now);
  });
}
