/**
 * What people enter about projects, as the procedures parse it (and the forms check it first):
 * filing a fiche projet, the study, the DPO's opinion, the committee's decision, the phases, the
 * plan projet, effort, a level-1 mission, the digital plan. Messages are French, field by field.
 */
import { z } from "zod";
import { subDomainLetterSchema } from "../contracts/annex.ts";
import { choose } from "../errors/field-errors.ts";
import { requiredIsoDate } from "../time/schemas.ts";
import { projectDecisionSchema } from "./decision.ts";
import { digitalPlanSchema } from "./digital-plan.ts";
import {
  dpoOpinionSchema,
  missionLetterSchema,
  planProjetSchema,
  projectStudySchema,
  yearSchema,
} from "./documents.ts";
import { personDaysSchema } from "./effort.ts";
import { ficheProjetSchema } from "./fiche.ts";
import { PROJECT_STATUSES, projectScopeSchema } from "./vocabulary.ts";

const orgIdSchema = z.uuid({ error: "Choisissez la commune concernée." });
export const projectIdSchema = z.uuid({ error: "Projet inconnu." });

const titleSchema = z
  .string({ error: "Donnez un intitulé au projet." })
  .trim()
  .min(3, { error: "Donnez un intitulé au projet (3 caractères au moins)." })
  .max(200, { error: "Intitulé trop long (200 caractères au plus)." });

/**
 * A fiche projet filed for a commune: its own people file for it (`orgId` left out), the shared
 * service may file one for a member (a metropolitan project deployed on the commune).
 */
export const fileProjectInput = z.object({
  orgId: orgIdSchema.optional(),
  title: titleSchema,
  scope: projectScopeSchema,
  /** The sub-domain of the contract (B: projects); none for a member of a convention. */
  subDomain: subDomainLetterSchema.nullable().optional(),
  fiche: ficheProjetSchema,
});
export type FileProjectInput = z.output<typeof fileProjectInput>;

export const recordStudyInput = projectStudySchema.safeExtend({ projectId: projectIdSchema });
export type RecordStudyInput = z.output<typeof recordStudyInput>;

export const recordDpoOpinionInput = dpoOpinionSchema.safeExtend({ projectId: projectIdSchema });
export type RecordDpoOpinionInput = z.output<typeof recordDpoOpinionInput>;

export const arbitrateProjectInput = projectDecisionSchema.safeExtend({
  projectId: projectIdSchema,
});
export type ArbitrateProjectInput = z.output<typeof arbitrateProjectInput>;

/** The next phase, named: a second click on a page out of date does not skip a phase. */
export const advanceProjectInput = z.object({
  projectId: projectIdSchema,
  from: z.enum(PROJECT_STATUSES, {
    error: choose("Phase actuelle attendue.", "Phase inconnue : rechargez la page."),
  }),
  note: z
    .string({ error: "Texte attendu." })
    .trim()
    .max(2000, { error: "Texte trop long (2 000 caractères au plus)." })
    .optional(),
});
export type AdvanceProjectInput = z.output<typeof advanceProjectInput>;

export const abandonProjectInput = z.object({
  projectId: projectIdSchema,
  reason: z
    .string({ error: "Indiquez pourquoi le projet est abandonné." })
    .trim()
    .min(3, { error: "Indiquez pourquoi le projet est abandonné." })
    .max(2000, { error: "Texte trop long (2 000 caractères au plus)." }),
});
export type AbandonProjectInput = z.output<typeof abandonProjectInput>;

export const setPlanProjetInput = z.object({
  projectId: projectIdSchema,
  planProjet: planProjetSchema,
});
export type SetPlanProjetInput = z.output<typeof setPlanProjetInput>;

export const logEffortInput = z.object({
  projectId: projectIdSchema,
  workedOn: requiredIsoDate("Indiquez le jour du travail (ou le dernier jour de la période)."),
  days: personDaysSchema("la charge", 50),
  note: z
    .string({ error: "Texte attendu." })
    .trim()
    .max(500, { error: "Texte trop long (500 caractères au plus)." })
    .optional(),
});
export type LogEffortInput = z.output<typeof logEffortInput>;

export const createMissionInput = z.object({
  orgId: orgIdSchema,
  title: titleSchema,
  letter: missionLetterSchema,
});
export type CreateMissionInput = z.output<typeof createMissionInput>;

export const adoptPlanInput = digitalPlanSchema.safeExtend({ orgId: orgIdSchema.optional() });
export type AdoptPlanInput = z.output<typeof adoptPlanInput>;

/** A commune's projects, and its indicators for a year (the caller's own commune by default). */
export const projectsOfOrgInput = z.object({
  orgId: orgIdSchema.optional(),
  year: yearSchema.optional(),
});
export type ProjectsOfOrgInput = z.output<typeof projectsOfOrgInput>;
