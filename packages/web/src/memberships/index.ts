/**
 * @mutu/web/memberships — what both spaces show of a member's adhesion to the convention (loaded
 * with the membership pages): its summary and a contribution's breakdown.
 */
export { LinesTable } from "./lines-table.tsx";
export { contributionMessages } from "./messages.ts";
export { MembershipFacts, type Period, type PeriodWords, periodColumns } from "./periods.tsx";
export {
  decisionText,
  type Membership,
  type MembershipSummaryWords,
  membershipSummary,
} from "./summary.tsx";
