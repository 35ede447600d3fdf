/**
 * Conventions de service commun (Redon model): the catalogue, each member's choice and
 * contributions, simulations, joining, changing choice, leaving, and the year's table and exports.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { getCatalogue } from "../services/memberships/catalogue.ts";
import { changeChoice } from "../services/memberships/change-choice.ts";
import { contributionsOfYear } from "../services/memberships/contributions.ts";
import { exportContributions } from "../services/memberships/export.ts";
import { getMembership } from "../services/memberships/get.ts";
import { joinConvention } from "../services/memberships/join.ts";
import { listMemberships } from "../services/memberships/list.ts";
import { simulateContribution } from "../services/memberships/simulate.ts";
import { terminateMembership } from "../services/memberships/terminate.ts";
import {
  catalogueOutput,
  changeChoiceInput,
  contributionsOutput,
  exportInput,
  exportOutput,
  joinInput,
  membershipListOutput,
  membershipOutput,
  optionalOrgInput,
  simulateInput,
  simulationOutput,
  terminateInput,
  yearInput,
} from "../services/memberships/schemas.ts";
import { requirePermission } from "../trpc.ts";

const read = requirePermission("contracts.read");
const manage = requirePermission("contracts.manage");

export const membershipsRouter = {
  catalogue: read.output(catalogueOutput).query(({ ctx }) => getCatalogue(ctx)),
  list: read.output(membershipListOutput).query(({ ctx }) => listMemberships(ctx)),
  get: read
    .input(optionalOrgInput)
    .output(membershipOutput)
    .query(({ ctx, input }) => getMembership(ctx, input)),
  simulate: read
    .input(simulateInput)
    .output(simulationOutput)
    .query(({ ctx, input }) => simulateContribution(ctx, input)),
  contributions: read
    .input(yearInput)
    .output(contributionsOutput)
    .query(({ ctx, input }) => contributionsOfYear(ctx, input)),
  exportContributions: read
    .input(exportInput)
    .output(exportOutput)
    .query(({ ctx, input }) => exportContributions(ctx, input)),
  join: manage
    .input(joinInput)
    .output(membershipOutput)
    .mutation(({ ctx, input }) => joinConvention(ctx, input)),
  changeChoice: manage
    .input(changeChoiceInput)
    .output(membershipOutput)
    .mutation(({ ctx, input }) => changeChoice(ctx, input)),
  terminate: manage
    .input(terminateInput)
    .output(membershipOutput)
    .mutation(({ ctx, input }) => terminateMembership(ctx, input)),
} satisfies TRPCRouterRecord;
