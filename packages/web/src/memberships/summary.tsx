/**
 * A member's adhesion in brief, as both spaces describe it: the convention, its state, the choice
 * in force since when and by which decision, the population, the next renewal, the notice, the
 * member's share of the level-1 pool. Each space words it (the commune says « vous »).
 */
import {
  CalendarDate,
  type Description,
  formatCalendarDate,
  formatMoney,
  formatNumber,
} from "@mutu/ui";
import type { ReactNode } from "react";
import type { RouterOutputs } from "../trpc.ts";

export type Membership = RouterOutputs["memberships"]["get"];

export type MembershipSummaryWords = {
  title: string;
  status: string;
  subscription: string;
  noSubscription: string;
  since: string;
  decision: string;
  /** « du 12 mars 2025 », after the decision's reference. */
  decidedOn(date: string): string;
  population: string;
  inhabitants(n: string): string;
  renewal: string;
  renewalOn(date: string, term: number | null): string;
  noRenewal: string;
  notice: string;
  noticeGiven(date: string, lastDay: string, ref: string | null): string;
  noNotice: string;
  level1: string;
  level1Days(days: string, tier: string, poolDays: string, halfDayRate: string): string;
};

/** The decision behind a choice: its reference, and its date when known. */
export function decisionText(
  period: { decisionRef: string; decidedOn: string | null },
  decidedOn: MembershipSummaryWords["decidedOn"],
) {
  return `${period.decisionRef}${period.decidedOn ? decidedOn(formatCalendarDate(period.decidedOn)) : ""}`;
}

export function membershipSummary(
  m: Membership,
  t: MembershipSummaryWords,
  status: ReactNode,
): Description[] {
  const { contract, current, level1 } = m;
  const items: Description[] = [
    { key: "title", term: t.title, description: contract.title },
    { key: "status", term: t.status, description: status },
    {
      key: "subscription",
      term: t.subscription,
      description: current ? current.subscriptionLabel : t.noSubscription,
    },
  ];
  if (current)
    items.push(
      { key: "since", term: t.since, description: <CalendarDate value={current.effectiveFrom} /> },
      { key: "decision", term: t.decision, description: decisionText(current, t.decidedOn) },
    );
  if (m.member.population !== null)
    items.push({
      key: "population",
      term: t.population,
      description: t.inhabitants(formatNumber(m.member.population)),
    });
  const next = contract.nextRenewal;
  items.push(
    {
      key: "renewal",
      term: t.renewal,
      description: next
        ? t.renewalOn(formatCalendarDate(next.renewsOn), next.termNumber)
        : t.noRenewal,
    },
    {
      key: "notice",
      term: t.notice,
      description:
        contract.noticeGivenOn && contract.lastDayInForce
          ? t.noticeGiven(
              formatCalendarDate(contract.noticeGivenOn),
              formatCalendarDate(contract.lastDayInForce),
              contract.terminationRef,
            )
          : t.noNotice,
    },
  );
  if (level1)
    items.push({
      key: "level1",
      term: t.level1,
      description: t.level1Days(
        formatNumber(level1.days),
        level1.tierLabel,
        formatNumber(level1.poolDays),
        formatMoney(level1.halfDayCents),
      ),
    });
  return items;
}
