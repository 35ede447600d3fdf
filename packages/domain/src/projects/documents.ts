/**
 * What a project carries beside its fiche: the study of 002 §3.3.2, the DPO's opinion (004 V-e),
 * the « plan projet » prepared at the start of a sub-domain B project (004 §IV), and the « lettre
 * de mission » of a Redon level-1 mission (002 §3.2.3).
 */
import { FIRST_YEAR, LAST_YEAR } from "../time/years.ts";
import { z } from "zod";
import { choose } from "../errors/field-errors.ts";
import { requiredIsoDate } from "../time/schemas.ts";
import { personDaysSchema } from "./effort.ts";
import { projectScopeSchema } from "./vocabulary.ts";

/** 5000 → « 5 000 », as the other messages write numbers. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

const text = (missing: string, max = 5000) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `Texte trop long (${grouped(max)} caractères au plus).` });
const optionalText = (max = 5000) =>
  z
    .string({ error: "Texte attendu." })
    .trim()
    .max(max, { error: `Texte trop long (${grouped(max)} caractères au plus).` })
    .optional();
const yesNo = (missing: string) => z.boolean({ error: missing });

export const yearSchema = z
  .number({ error: "Indiquez l'année." })
  .int({ error: "L'année est un nombre entier." })
  .min(FIRST_YEAR, { error: `Année improbable (avant ${FIRST_YEAR}).` })
  .max(LAST_YEAR, { error: `Année improbable (après ${LAST_YEAR}).` });

/**
 * The study: is the need covered by a solution of the portfolio? shared with other members
 * (« les projets mutualisables sont priorisés »)? does it process personal data (then the DPO
 * is consulted, 004 V-e/1)? the load it needs and the year it could be delivered.
 */
export const projectStudySchema = z
  .object({
    coveredByExisting: yesNo("Indiquez si une solution existante couvre le besoin."),
    existingSolution: optionalText(1000),
    sharedNeed: yesNo("Indiquez si le besoin est partagé avec d'autres communes."),
    sharedWith: optionalText(1000),
    scope: projectScopeSchema,
    personalData: yesNo("Indiquez si le projet traite des données personnelles."),
    estimatedDays: personDaysSchema("la charge estimée", 5000),
    proposedYear: yearSchema,
    conclusion: text("Consignez la conclusion de l'étude."),
  })
  .superRefine((study, ctx) => {
    if (study.coveredByExisting && !study.existingSolution)
      ctx.addIssue({
        code: "custom",
        path: ["existingSolution"],
        message: "Nommez la solution existante qui couvre le besoin.",
      });
    if (study.sharedNeed && study.scope === "communal")
      ctx.addIssue({
        code: "custom",
        path: ["scope"],
        message:
          "Un besoin partagé avec d'autres communes en fait un projet collectif ou métropolitain, pas un projet propre à la commune.",
      });
  });
export type ProjectStudy = z.output<typeof projectStudySchema>;

export const DPO_OPINIONS = ["favorable", "favorable-reserves", "defavorable"] as const;
export type DpoOpinionKind = (typeof DPO_OPINIONS)[number];
export const DPO_OPINION_LABELS: Record<DpoOpinionKind, string> = {
  favorable: "Favorable",
  "favorable-reserves": "Favorable avec réserves",
  defavorable: "Défavorable",
};

/** The DPO's opinion, given before the project is implemented (004 V-e/1, « privacy by design »). */
export const dpoOpinionSchema = z.object({
  opinion: z.enum(DPO_OPINIONS, {
    error: choose("Choisissez le sens de l'avis.", "Avis inconnu."),
  }),
  givenOn: requiredIsoDate("Indiquez la date de l'avis."),
  text: text("Consignez l'avis du DPO."),
});
export type DpoOpinion = z.output<typeof dpoOpinionSchema>;

const milestoneSchema = z.object({
  label: text("Nommez le jalon.", 300),
  dueOn: requiredIsoDate("Indiquez l'échéance du jalon."),
});

/** The « plan projet » of 004 (sub-domain B): objectives, gains and ROI, financing, milestones. */
export const planProjetSchema = z.object({
  objectives: text("Indiquez les objectifs du projet."),
  returnOnInvestment: text(
    "Indiquez les gains attendus et le retour sur investissement (indicateurs qualitatifs ou quantitatifs).",
  ),
  financingPlan: text("Indiquez le plan de financement du projet."),
  stakeholders: optionalText(),
  milestones: z
    .array(milestoneSchema)
    .min(1, { error: "Indiquez au moins un jalon (fin de conception, recette, démarrage…)." })
    .max(30, { error: "30 jalons au plus." }),
});
export type PlanProjet = z.output<typeof planProjetSchema>;

/** The « lettre de mission » of a level-1 mission (002 §3.2.3). */
export const missionLetterSchema = z.object({
  object: text("Indiquez l'objet de la mission : objectifs, enjeux, risques éventuels."),
  dsiContacts: text("Indiquez les interlocuteurs côté DSI.", 1000),
  memberContacts: text("Indiquez les interlocuteurs côté membre.", 1000),
  startOn: requiredIsoDate("Indiquez la date de début de la mission."),
  duration: text("Indiquez la durée totale de la mission.", 300),
  plannedDays: personDaysSchema("le nombre de jours prévus", 117),
  workCalendar: optionalText(2000),
  deliverables: optionalText(2000),
});
export type MissionLetter = z.output<typeof missionLetterSchema>;
