/** Organisations: an operator (the EPCI running the shared service) and its member communes. */
import { z } from "zod";

export const orgKindSchema = z.enum(["operator", "commune"]);
export type OrgKind = z.infer<typeof orgKindSchema>;

export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "L'identifiant doit être en minuscules, chiffres et tirets.",
  );

export const organisationSchema = z.object({
  id: z.uuid(),
  kind: orgKindSchema,
  operatorId: z.uuid().nullable(),
  name: z.string().min(1),
  slug: slugSchema,
  population: z.number().int().nonnegative().nullable(),
  proximityCentre: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const orgIdInput = z.object({ orgId: z.uuid("Organisation inconnue.") });

/** A commune's communal referent: a person of the service commun, or none (null). */
export const setReferentInput = orgIdInput.extend({
  personId: z.uuid("Personne inconnue.").nullable(),
});
