/** A convention member's periods (one per choice), oldest first, and the one that matters today. */
import { schema, type Tx } from "@mutu/db";
import { asc, inArray } from "drizzle-orm";
import { SUBSCRIPTION_LABELS } from "./catalogue-text.ts";

const { memberships } = schema;

export type PeriodRow = typeof memberships.$inferSelect;

export function selectPeriods(tx: Tx, contractIds: string[]): Promise<PeriodRow[]> {
  if (contractIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(memberships)
    .where(inArray(memberships.contractId, contractIds))
    .orderBy(asc(memberships.contractId), asc(memberships.effectiveFrom));
}

export const inForceOn = (p: PeriodRow, day: string) =>
  p.effectiveFrom <= day && (p.effectiveTo === null || day < p.effectiveTo);

/** In force today; else the next to come; else the last one that ended. */
export function currentPeriod(periods: readonly PeriodRow[], today: string): PeriodRow | null {
  return (
    periods.find((p) => inForceOn(p, today)) ??
    periods.find((p) => p.effectiveFrom > today) ??
    periods.at(-1) ??
    null
  );
}

export function periodOutput(p: PeriodRow, today: string) {
  return {
    id: p.id,
    subscription: p.subscription,
    subscriptionLabel: SUBSCRIPTION_LABELS[p.subscription],
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    decisionRef: p.decisionRef,
    decidedOn: p.decidedOn,
    auditInvoicedOn: p.auditInvoicedOn,
    inForce: inForceOn(p, today),
  };
}
