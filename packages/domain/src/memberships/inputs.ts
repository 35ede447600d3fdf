/**
 * What the Métropole enters about a member's convention (joining, changing its choice, giving
 * notice) and what anyone may price (a simulation, the year's contributions). Messages are French,
 * field by field.
 */
import { z } from "zod";
import { isoDateSchema } from "../time/schemas.ts";
import { populationSchema } from "./contribution.ts";
import { subscriptionSchema } from "./vocabulary.ts";

const decisionRefSchema = z
  .string({ error: "Référence de la décision attendue." })
  .trim()
  .min(3, "Indiquez la référence de la délibération ou de la décision.")
  .max(300, "La référence ne doit pas dépasser 300 caractères.");

const memberOrgSchema = z.uuid("Organisation inconnue.");

/** Joining needs the council's deliberation (`decisionRef`); a change of choice, a decision. */
export const joinMembershipInput = z.object({
  orgId: memberOrgSchema,
  subscription: subscriptionSchema,
  effectiveFrom: isoDateSchema,
  decisionRef: decisionRefSchema,
  decidedOn: isoDateSchema.nullable().optional(),
  auditInvoicedOn: isoDateSchema.nullable().optional(),
});
export type JoinMembershipInput = z.output<typeof joinMembershipInput>;

export const changeChoiceInput = joinMembershipInput;
export type ChangeChoiceInput = JoinMembershipInput;

export const terminateMembershipInput = z.object({
  orgId: memberOrgSchema,
  noticeGivenOn: isoDateSchema,
  decisionRef: decisionRefSchema,
});
export type TerminateMembershipInput = z.output<typeof terminateMembershipInput>;

export const simulateContributionInput = z.object({
  orgId: memberOrgSchema.optional(),
  /** Another population than the member's (a prospective member). */
  population: populationSchema.optional(),
  subscription: subscriptionSchema,
  auditInvoicedOn: isoDateSchema.optional(),
  joinedOn: isoDateSchema.optional(),
  extraHalfDays: z
    .number({ error: "Nombre de demi-journées attendu." })
    .int("Le nombre de demi-journées est entier.")
    .nonnegative("Le nombre de demi-journées ne peut pas être négatif.")
    .max(10_000, "Nombre de demi-journées improbable.")
    .optional(),
});
export type SimulateContributionInput = z.output<typeof simulateContributionInput>;

export const contributionYearInput = z.object({
  year: z
    .number({ error: "Année attendue." })
    .int("L'année est un nombre entier.")
    .min(2000, "Année improbable (avant 2000).")
    .max(2100, "Année improbable (après 2100)."),
});
