/**
 * The section of a Redon-model member (002 art. 7): its contribution of the year, line by line,
 * against its activity (saisines filed). Read through the memberships service, so the figures are
 * those of « Contributions » to the cent; null for a commune without a convention.
 */
import type { ReportDataSection } from "@mutu/domain";
import { contributionsOfYear } from "../memberships/contributions.ts";
import type { ServiceContext } from "../tenant.ts";

export async function contributionSection(
  ctx: ServiceContext,
  orgId: string,
  year: number,
): Promise<Extract<ReportDataSection, { key: "contribution" }> | null> {
  const table = await contributionsOfYear(ctx, { year });
  const row = table.rows.find((r) => r.orgId === orgId);
  if (!row) return null;
  return {
    key: "contribution",
    formula: row.subscriptionLabels.join(" puis ") || "—",
    lines: row.lines.map((l) => ({ label: l.label, cents: l.cents })),
    totalCents: row.problem ? null : row.cents,
    problem: row.problem,
    activity: [],
  };
}
