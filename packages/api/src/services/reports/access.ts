/**
 * Reading and locking a report row in the caller's scope, the side the caller speaks for, and the
 * row as the outputs print it (`documentOf`).
 */
import {
  frenchTypography,
  parisDate,
  type ReportDocument,
  type ReportSide,
  type ReportStatus,
  type ReportStep,
  reportStepRefusal,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, eq } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { AppError, forbidden, notFound } from "../../errors.ts";
import { targetOrgId } from "../tenant.ts";

const { annualReports } = schema;
export type ReportRow = typeof annualReports.$inferSelect;

export const sideOfCaller = (caller: Caller): ReportSide =>
  caller.org.kind === "operator" ? "operator" : "commune";

/** The commune a call is about (the caller's own for a commune) — checked visible. */
export const reportOrgId = (caller: Caller, orgId: string | undefined) =>
  targetOrgId(caller, orgId);

export async function findReport(tx: Tx, orgId: string, year: number, lock = false) {
  const query = tx
    .select()
    .from(annualReports)
    .where(and(eq(annualReports.orgId, orgId), eq(annualReports.year, year)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** The row for a step: it exists, is the version the person saw, and the step is allowed now. */
export async function reportForStep(
  tx: Tx,
  caller: Caller,
  input: { orgId: string; year: number; version: number },
  step: ReportStep,
): Promise<ReportRow> {
  const row = await findReport(tx, input.orgId, input.year, true);
  if (!row) throw notFound("Rapport annuel");
  const refusal = reportStepRefusal(
    { status: row.status, year: row.year, sentOn: row.sentAt ? parisDate(row.sentAt) : null },
    step,
    sideOfCaller(caller),
  );
  if (refusal)
    throw new AppError(step === "review" || step === "edit" ? "CONFLICT" : "BAD_REQUEST", refusal);
  if (row.version !== input.version)
    throw new AppError(
      "CONFLICT",
      "Le rapport a changé depuis que vous l'avez ouvert : rechargez la page pour voir sa dernière version.",
    );
  return row;
}

/** Operator-only steps also need the permission to manage contracts. */
export function assertManager(caller: Caller) {
  if (caller.org.kind !== "operator" || !caller.permissions.includes("contracts.manage"))
    throw forbidden();
}

const STEP_LABELS = {
  generated: "Généré à partir des données",
  reviewed: "Relu par la commune",
  validated: "Validé par le service commun",
  sent: "Envoyé à la commune",
  presented: "Présentation au conseil municipal enregistrée",
} as const;

export function stepsOf(row: ReportRow) {
  const steps: { key: keyof typeof STEP_LABELS; at: Date; by: string; on: string }[] = [];
  const push = (key: keyof typeof STEP_LABELS, at: Date | null, by: string | null, on?: string) => {
    if (at && by) steps.push({ key, at, by, on: on ?? parisDate(at) });
  };
  push("generated", row.generatedAt, row.generatedBy);
  push("reviewed", row.reviewedAt, row.reviewedBy);
  push("validated", row.validatedAt, row.validatedBy);
  push("sent", row.sentAt, row.sentBy);
  push("presented", row.presentedAt, row.presentedBy, row.presentedOn ?? undefined);
  return steps.map((s) => ({ ...s, label: STEP_LABELS[s.key] }));
}

export function documentOf(row: ReportRow): ReportDocument {
  return {
    content: row.content,
    status: row.status as ReportStatus,
    operatorComment: row.operatorComment,
    communeComment: row.communeComment,
    gapExplanations: row.gapExplanations,
    actionPlan: row.actionPlan,
    steps: stepsOf(row).map((s) => ({
      label: s.key === "presented" ? "Présenté au conseil municipal" : s.label,
      on: s.on,
      by: frenchTypography(s.by),
    })),
  };
}
