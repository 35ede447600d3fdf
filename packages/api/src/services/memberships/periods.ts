/** A convention member's periods (one per choice), oldest first, as stored and as the API shows them. */
import { inForceOn, SUBSCRIPTION_LABELS } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { asc, inArray } from "drizzle-orm";

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
