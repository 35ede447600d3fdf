/** Member organisations of the operator. */
import { orgIdInput, setReferentInput } from "@mutu/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { getOrganisation, listOrganisations } from "../services/organisations/list.ts";
import { setCommunalReferent } from "../services/organisations/set-referent.ts";
import { requirePermission } from "../trpc.ts";

const organisationOutput = z.object({
  id: z.string(),
  kind: z.enum(["operator", "commune"]),
  operatorId: z.string().nullable(),
  name: z.string(),
  slug: z.string(),
  population: z.number().nullable(),
  proximityCentre: z.string().nullable(),
  communalReferent: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});

export const organisationsRouter = {
  list: requirePermission("org.read")
    .output(z.array(organisationOutput))
    .query(({ ctx }) => listOrganisations(ctx)),
  get: requirePermission("org.read")
    .input(orgIdInput)
    .output(organisationOutput)
    .query(({ ctx, input }) => getOrganisation(ctx, input.orgId)),
  setCommunalReferent: requirePermission("org.manage")
    .input(setReferentInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => setCommunalReferent(ctx, input)),
} satisfies TRPCRouterRecord;
