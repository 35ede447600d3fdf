/** A convention member's periods (one per choice), oldest first, as stored and as the API shows them. */
import { inForceOn, SUBSCRIPTION_LABELS } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { asc, inArray } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { contractOfOrg } from "../contracts/read-model.ts";

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

/** The choice's decision, as the join and change forms send it. */
type ChoiceDecision = {
  subscription: PeriodRow["subscription"];
  effectiveFrom: string;
  decisionRef: string;
  decidedOn?: string | null;
  auditInvoicedOn?: string | null;
};

/** Opens a period of the member's convention for a choice, recorded by `personId`. */
export async function insertPeriod(
  tx: Tx,
  contract: { id: string; orgId: string },
  choice: ChoiceDecision,
  personId: string | null,
): Promise<PeriodRow> {
  const [period] = await tx
    .insert(memberships)
    .values({
      contractId: contract.id,
      orgId: contract.orgId,
      subscription: choice.subscription,
      effectiveFrom: choice.effectiveFrom,
      decisionRef: choice.decisionRef,
      decidedOn: choice.decidedOn ?? null,
      auditInvoicedOn: choice.auditInvoicedOn ?? null,
      createdBy: personId,
    })
    .returning();
  if (!period) throw new Error("insert returned nothing");
  return period;
}

/**
 * The member's convention, while no notice has been given: `noticeGiven` words the refusal once
 * it has (from that date, nothing more changes but the end).
 */
export async function conventionBeforeNotice(
  tx: Tx,
  orgId: string,
  noticeGiven: (on: string) => string,
) {
  const contract = await contractOfOrg(tx, orgId, "convention", true);
  if (!contract) throw notFound("Adhésion à une convention de service commun");
  if (contract.noticeGivenOn) throw new AppError("CONFLICT", noticeGiven(contract.noticeGivenOn));
  return contract;
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
