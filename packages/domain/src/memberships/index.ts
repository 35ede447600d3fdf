/**
 * Memberships: a commune's adhesion to the Redon convention de service commun (seed 002) — the
 * ways to join, the priced tariff, what a member owes each year, the choices as periods, the
 * staffing the contributions fund, and what the Métropole enters. Pure rules, no I/O.
 */
export {
  type Contribution,
  type ContributionInput,
  ContributionInputError,
  type ContributionLine,
  computeContribution,
  contributionInputSchema,
  type Level1Allowance,
  level1DaysAllowance,
} from "./contribution.ts";
export {
  CONVENTION_CALENDAR_VERSION,
  conventionCalendar,
  conventionService,
  REDON_INTERVENTION_HOURS,
} from "./convention-service.ts";
export {
  type ChangeChoiceInput,
  changeChoiceInput,
  contributionYearInput,
  type JoinMembershipInput,
  joinMembershipInput,
  type SimulateContributionInput,
  simulateContributionInput,
  type TerminateMembershipInput,
  terminateMembershipInput,
} from "./inputs.ts";
export * from "./periods.ts";
export {
  type PopulationTier,
  type RedonTariff,
  redonTariff2022,
  tariffByCode,
} from "./redon-tariff.ts";
export { REDON_STAFFING, type StaffingThreshold, staffingFor } from "./staffing.ts";
export {
  SUBSCRIPTION_LABELS,
  SUBSCRIPTIONS,
  type Subscription,
  subscriptionSchema,
} from "./vocabulary.ts";
export {
  CONTRIBUTION_BASES,
  type ContributingMember,
  type ContributionBasis,
  periodContribution,
  type YearlyContribution,
  yearlyContribution,
} from "./yearly-contribution.ts";
