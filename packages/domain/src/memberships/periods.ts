/**
 * A member's choices as periods (one per choice, oldest first, `effectiveTo` exclusive): which one
 * is in force on a day, which one a page shows, and which audit a choice may count on for its price.
 */
import type { Subscription } from "./vocabulary.ts";

export type MembershipPeriod = {
  subscription: Subscription;
  effectiveFrom: string;
  /** Exclusive: the day the next choice took over, or the convention ended; null while open. */
  effectiveTo: string | null;
  /** Day the audit was invoiced (report delivered), when this choice brought one. */
  auditInvoicedOn: string | null;
};

export const inForceOn = (period: MembershipPeriod, day: string) =>
  period.effectiveFrom <= day && (period.effectiveTo === null || day < period.effectiveTo);

/** In force on `day`; else the next to come; else the last one that ended. */
export function currentPeriod<P extends MembershipPeriod>(
  periods: readonly P[],
  day: string,
): P | null {
  return (
    periods.find((p) => inForceOn(p, day)) ??
    periods.find((p) => p.effectiveFrom > day) ??
    periods.at(-1) ??
    null
  );
}

/**
 * The audit date matters to the price only for a socle complet (its deduction): an audit
 * subscription is invoiced after joining, which the pricing rule would read as joining too early.
 */
export function auditForPricing(
  subscription: Subscription,
  auditInvoicedOn: string | null | undefined,
): { auditInvoicedOn?: string } {
  return subscription === "socle-complet" && auditInvoicedOn ? { auditInvoicedOn } : {};
}

/**
 * The audit a new choice starting on `effectiveFrom` counts on when it names none: one invoiced
 * under the open choice, if invoiced by then (an audit then the socle complet within 6 months).
 */
export function inheritedAudit(open: MembershipPeriod, effectiveFrom: string): string | null {
  return open.auditInvoicedOn && open.auditInvoicedOn <= effectiveFrom
    ? open.auditInvoicedOn
    : null;
}

/**
 * The latest audit invoiced by the start of `upTo`, under it or an earlier choice: an audit
 * invoiced under « audit » is deducted from a socle complet joined later.
 */
export function auditInvoicedBy(
  periods: readonly MembershipPeriod[],
  upTo: MembershipPeriod,
): string | undefined {
  let latest: string | undefined;
  for (const p of periods) {
    if (p.effectiveFrom > upTo.effectiveFrom) break;
    if (p.auditInvoicedOn && p.auditInvoicedOn <= upTo.effectiveFrom) latest = p.auditInvoicedOn;
  }
  return upTo.auditInvoicedOn ?? latest;
}
