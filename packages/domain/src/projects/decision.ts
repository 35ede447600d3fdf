/**
 * The steering committee's decision on a studied project (002 §3.3.2: « chaque nouveau projet doit
 * faire l'objet d'une présentation en comité de pilotage et d'un arbitrage de sa part »). It is a
 * decision of a meeting: the body, the day, an optional reference to the meeting's minutes — and,
 * once meetings are recorded in mutu, the meeting decision it is (`meetingDecisionId`).
 */
import { z } from "zod";
import { choose } from "../errors/field-errors.ts";
import { requiredIsoDate } from "../time/schemas.ts";
import { yearSchema } from "./documents.ts";
import { PROJECT_DECISIONS, type ProjectDecision } from "./vocabulary.ts";

/** The bodies the contracts name for this decision, offered first (free text stays possible). */
export const STEERING_BODIES = [
  "Comité numérique stratégique communal",
  "Comité de suivi du contrat d'engagement",
  "Comité de pilotage",
  "Commission de pilotage élargie",
] as const;

export const projectDecisionSchema = z
  .object({
    decision: z.enum(PROJECT_DECISIONS, {
      error: choose(
        "Choisissez la décision du comité.",
        "Décision inconnue : retenu, ajourne ou non-retenu attendu.",
      ),
    }),
    decidedOn: requiredIsoDate("Indiquez la date de la décision."),
    body: z
      .string({ error: "Indiquez l'instance qui a décidé." })
      .trim()
      .min(3, { error: "Indiquez l'instance qui a décidé." })
      .max(200, { error: "Nom d'instance trop long (200 caractères au plus)." }),
    reasons: z
      .string({ error: "Texte attendu." })
      .trim()
      .max(5000, { error: "Motifs trop longs (5 000 caractères au plus)." }),
    plannedYear: yearSchema.optional(),
    meetingRef: z
      .string({ error: "Texte attendu." })
      .trim()
      .max(300, { error: "Référence trop longue (300 caractères au plus)." })
      .optional(),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "retenu" && d.plannedYear === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["plannedYear"],
        message: "Un projet retenu est inscrit au schéma numérique pour une année : indiquez-la.",
      });
    if (d.decision !== "retenu" && d.reasons.length < 3)
      ctx.addIssue({
        code: "custom",
        path: ["reasons"],
        message: "Indiquez les motifs de l'ajournement ou du refus.",
      });
  });
export type ProjectDecisionRecord = z.output<typeof projectDecisionSchema>;

export type DecisionRefusal = { field: string; message: string };

/**
 * What the committee's record may not say, given the day and the project: a decision still to
 * come, a delivery year before the decision, or retaining a project that processes personal data
 * without the DPO's opinion (004 V-e: « ne doivent pas être mis en œuvre sans l'avis conforme du
 * DPO »).
 */
export function decisionRefusal(
  record: { decision: ProjectDecision; decidedOn: string; plannedYear?: number | undefined },
  project: { personalData: boolean | null; hasDpoOpinion: boolean },
  today: string,
): DecisionRefusal | null {
  if (record.decidedOn > today)
    return {
      field: "decidedOn",
      message: "La décision est consignée une fois prise : la date ne peut pas être à venir.",
    };
  if (
    record.decision === "retenu" &&
    record.plannedYear !== undefined &&
    record.plannedYear < Number(record.decidedOn.slice(0, 4))
  )
    return {
      field: "plannedYear",
      message: "L'année de réalisation ne peut pas précéder la décision.",
    };
  if (record.decision === "retenu" && project.personalData && !project.hasDpoOpinion)
    return {
      field: "decision",
      message:
        "Ce projet traite des données personnelles : l'avis du DPO est requis avant de le retenir.",
    };
  return null;
}
