/**
 * The steps of a report after its generation, each in one transaction with its audit entry: the
 * Métropole's texts (edit), the commune's review, validation (refused while a gap is unexplained),
 * sending (the PDF frozen, its SHA-256 in the audit trail), the council's presentation.
 */
import { createHash } from "node:crypto";
import {
  type AuditAction,
  actionPlanRefusal,
  indicatorGaps,
  parisDate,
  presentationRefusal,
  type ReportEditInput,
  validationRefusal,
} from "@mutu/domain";
import { appendAudit, schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import { actorOf, type Caller } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertManager, documentOf, reportForStep, reportOrgId, type ReportRow } from "./access.ts";
import { reportOutput } from "./outputs.ts";
import { reportPdf } from "./pdf/render.ts";
import { printModel } from "./print-model.ts";

const { annualReports } = schema;

type Key = { orgId?: string | undefined; year: number; version: number };

async function save(
  tx: Tx,
  caller: Caller,
  row: ReportRow,
  action: Extract<AuditAction, `report.${string}`>,
  changes: Partial<typeof annualReports.$inferInsert>,
  audit: { before?: unknown; after?: unknown } = {},
) {
  const [updated] = await tx
    .update(annualReports)
    .set({ ...changes, version: row.version + 1 })
    .where(eq(annualReports.id, row.id))
    .returning();
  if (!updated) throw new Error("annual report update returned nothing");
  await appendAudit(tx, {
    orgId: row.orgId,
    actor: actorOf(caller),
    action,
    entity: "annual-report",
    entityId: row.id,
    before: audit.before ?? { status: row.status, version: row.version },
    after: audit.after ?? { status: updated.status, version: updated.version },
  });
  return updated;
}

function step<I extends Key>(
  name: "edit" | "review" | "validate" | "send" | "present",
  run: (tx: Tx, ctx: ServiceContext, row: ReportRow, input: I) => Promise<ReportRow>,
) {
  return (ctx: ServiceContext, input: I) => {
    const orgId = reportOrgId(ctx.caller, input.orgId);
    if (name !== "review" && name !== "present") assertManager(ctx.caller);
    return inTenant(ctx, async (tx) => {
      const row = await reportForStep(tx, ctx.caller, { ...input, orgId }, name);
      return reportOutput(await run(tx, ctx, row, input), ctx.caller, ctx.now());
    });
  };
}

export const editReport = step<Key & ReportEditInput>("edit", async (tx, ctx, row, input) => {
  const late = actionPlanRefusal(row.year, input.actionPlan);
  if (late)
    throw new AppError("BAD_REQUEST", late.message, {
      [`actionPlan.${late.index}.due`]: [late.message],
    });
  const codes = new Set(indicatorGaps(row.content).map((g) => g.code));
  const explanations = Object.fromEntries(
    Object.entries(input.gapExplanations).filter(([code, text]) => codes.has(code) && text),
  );
  return save(tx, ctx.caller, row, "report.edit", {
    operatorComment: input.operatorComment,
    actionPlan: input.actionPlan,
    gapExplanations: explanations,
  });
});

export const reviewReport = step<Key & { communeComment: string }>(
  "review",
  (tx, ctx, row, input) =>
    save(
      tx,
      ctx.caller,
      row,
      "report.review",
      {
        status: "reviewed",
        communeComment: input.communeComment,
        reviewedAt: ctx.now(),
        reviewedBy: ctx.caller.label,
      },
      { after: { status: "reviewed", communeComment: input.communeComment } },
    ),
);

export const validateReport = step<Key>("validate", (tx, ctx, row) => {
  const refusal = validationRefusal(indicatorGaps(row.content), row.gapExplanations);
  if (refusal) throw new AppError("BAD_REQUEST", refusal);
  return save(tx, ctx.caller, row, "report.validate", {
    status: "validated",
    validatedAt: ctx.now(),
    validatedBy: ctx.caller.label,
  });
});

export const sendReport = step<Key>("send", (tx, ctx, row) => {
  const now = ctx.now();
  const sent = { ...row, status: "sent" as const, sentAt: now, sentBy: ctx.caller.label };
  // The PDF as sent: rendered once, stored byte for byte, its hash chained in the audit trail.
  const pdf = reportPdf(printModel(documentOf(sent)), now);
  const pdfSha256 = createHash("sha256").update(pdf).digest("hex");
  return save(
    tx,
    ctx.caller,
    row,
    "report.send",
    { status: "sent", sentAt: now, sentBy: ctx.caller.label, pdf, pdfSha256 },
    { after: { status: "sent", pdfSha256, pdfBytes: pdf.length } },
  );
});

export const presentReport = step<Key & { councilDate: string }>(
  "present",
  (tx, ctx, row, input) => {
    const today = parisDate(ctx.now());
    const refusal = presentationRefusal(
      input.councilDate,
      parisDate(row.sentAt ?? ctx.now()),
      today,
    );
    if (refusal) throw new AppError("BAD_REQUEST", refusal, { councilDate: [refusal] });
    return save(tx, ctx.caller, row, "report.present", {
      status: "presented",
      presentedOn: input.councilDate,
      presentedAt: ctx.now(),
      presentedBy: ctx.caller.label,
    });
  },
);
