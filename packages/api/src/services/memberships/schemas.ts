/**
 * Input and output schemas of the memberships (convention de service commun) procedures. What
 * people enter is the domain's (`joinMembershipInput`…, the same schemas the forms check); the
 * outputs say what the services return.
 */
import {
  CONTRIBUTION_BASES,
  changeChoiceInput,
  contributionYearInput,
  joinMembershipInput,
  SUBSCRIPTIONS,
  simulateContributionInput,
  terminateMembershipInput,
  exportFormatSchema,
} from "@mutu/domain";
import { z } from "zod";
import { contractSummaryOutput } from "../contracts/schemas.ts";

export { optionalOrgInput } from "@mutu/domain";
export const joinInput = joinMembershipInput;
export { changeChoiceInput };
export const terminateInput = terminateMembershipInput;
export const simulateInput = simulateContributionInput;
export const yearInput = contributionYearInput;

export const exportInput = yearInput.extend({
  format: exportFormatSchema,
});

const linesOutput = z.array(z.object({ label: z.string(), cents: z.number() }));
const subscriptionOutput = z.enum(SUBSCRIPTIONS);
const basisOutput = z.enum(CONTRIBUTION_BASES);

export const periodOutput = z.object({
  id: z.string(),
  subscription: subscriptionOutput,
  subscriptionLabel: z.string(),
  effectiveFrom: z.string(),
  /** Exclusive: the day the next choice took over, or the convention ended. */
  effectiveTo: z.string().nullable(),
  decisionRef: z.string(),
  decidedOn: z.string().nullable(),
  auditInvoicedOn: z.string().nullable(),
  inForce: z.boolean(),
});

export const level1Output = z.object({
  tierLabel: z.string(),
  /** The member's yearly share of the pool (days may be halves). */
  days: z.number(),
  tierDays: z.number(),
  communesInTier: z.number(),
  poolDays: z.number(),
  halfDayCents: z.number(),
  needsReview: z.boolean(),
});

const memberOutput = z.object({
  orgId: z.string(),
  name: z.string(),
  population: z.number().nullable(),
});

export const yearlyContributionOutput = z.object({
  year: z.number(),
  cents: z.number(),
  needsReview: z.boolean(),
  basis: basisOutput,
  subscriptions: z.array(subscriptionOutput),
  lines: linesOutput,
});

export const membershipOutput = z.object({
  contract: contractSummaryOutput,
  member: memberOutput,
  current: periodOutput.nullable(),
  periods: z.array(periodOutput),
  level1: level1Output.nullable(),
  /** This year's and next year's. */
  contributions: z.array(yearlyContributionOutput),
  contributionProblem: z.string().nullable(),
});

export const membershipListOutput = z.array(
  z.object({
    contract: contractSummaryOutput,
    member: memberOutput,
    current: periodOutput.nullable(),
  }),
);

export const simulationOutput = z.object({
  population: z.number(),
  subscription: subscriptionOutput,
  subscriptionLabel: z.string(),
  contribution: z.object({
    firstYearCents: z.number(),
    followingYearsCents: z.number(),
    needsReview: z.boolean(),
    lines: linesOutput,
  }),
  level1: level1Output.nullable(),
});

const tierOutput = z.object({
  label: z.string(),
  minInclusive: z.number(),
  maxInclusive: z.number().nullable(),
});

export const catalogueOutput = z.object({
  tariff: z.object({
    id: z.string(),
    title: z.string(),
    approvedOn: z.string().nullable(),
    source: z.string(),
    currency: z.literal("EUR"),
    socleComplet: z.object({
      rows: z.array(z.object({ tier: tierOutput, fixedCents: z.number() })),
      variableCentsPerInhabitant: z.number(),
      reviewAbovePopulation: z.number(),
    }),
    audit: z.object({
      rows: z.array(z.object({ tier: tierOutput, priceCents: z.number() })),
      deductionWindowMonths: z.number(),
    }),
    groupementAchats: z.object({
      rows: z.array(z.object({ tier: tierOutput, fixedCents: z.number() })),
      variableCentsPerInhabitant: z.number(),
    }),
    level1: z.object({
      poolDays: z.number(),
      basisCommunes: z.number(),
      rows: z.array(z.object({ tier: tierOutput, communes: z.number(), days: z.number() })),
      halfDayCents: z.number(),
    }),
  }),
  subscriptions: z.array(z.object({ code: subscriptionOutput, label: z.string() })),
  offers: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      description: z.string(),
      levels: z.array(z.object({ level: z.number(), name: z.string(), content: z.string() })),
    }),
  ),
  prerequisites: z.array(z.string()),
  staffing: z.array(
    z.object({
      fromMembers: z.number(),
      toMembers: z.number().nullable(),
      extraFte: z.number(),
      condition: z.string(),
    }),
  ),
});

export const contributionsOutput = z.object({
  year: z.number(),
  rows: z.array(
    z.object({
      orgId: z.string(),
      orgName: z.string(),
      population: z.number().nullable(),
      subscriptions: z.array(subscriptionOutput),
      subscriptionLabels: z.array(z.string()),
      basis: basisOutput,
      cents: z.number(),
      needsReview: z.boolean(),
      lines: linesOutput,
      problem: z.string().nullable(),
    }),
  ),
  totals: z.object({
    members: z.number(),
    cents: z.number(),
    needsReview: z.number(),
    problems: z.number(),
  }),
  staffing: z.object({
    socleCompletMembers: z.number(),
    extraFte: z.number(),
    condition: z.string().nullable(),
  }),
});

export const exportOutput = z.object({
  filename: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
