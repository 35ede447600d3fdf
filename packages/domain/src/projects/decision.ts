/**
 * The steering committee's decision on a studied project (002 §3.3.2: « chaque nouveau projet doit
 * faire l'objet d'une présentation en comité de pilotage et d'un arbitrage de sa part »). It is a
 * decision of a meeting: it names a held meeting of the body that arbitrates for the commune, whose
 * day and name it takes, and the meeting's page lists it among its decisions.
 */
import { z } from "zod";
import { choose } from "../errors/field-errors.ts";
import type { MeetingBody } from "../meetings/bodies.ts";
import type { MeetingStatus } from "../meetings/inputs.ts";
import { yearSchema } from "./documents.ts";
import { PROJECT_DECISIONS, type ProjectDecision } from "./vocabulary.ts";

/**
 * The bodies that arbitrate a commune's projects: the « comité numérique stratégique communal » of
 * an engagement contract (000 art. 5: « assure les arbitrages … », it carries the schéma numérique)
 * and, for a member of a convention, the « commission de pilotage élargie » (002 §6.1), which meets
 * for all the members together.
 */
export const ARBITRATING_BODIES = [
  "comite-strategique",
  "commission-pilotage",
] as const satisfies readonly MeetingBody[];

export const isArbitratingBody = (body: MeetingBody) =>
  (ARBITRATING_BODIES as readonly string[]).includes(body);

export const projectDecisionSchema = z
  .object({
    decision: z.enum(PROJECT_DECISIONS, {
      error: choose(
        "Choisissez la décision du comité.",
        "Décision inconnue : retenu, ajourne ou non-retenu attendu.",
      ),
    }),
    meetingId: z.uuid({ error: "Choisissez la réunion du comité qui a arbitré le projet." }),
    reasons: z
      .string({ error: "Texte attendu." })
      .trim()
      .max(5000, { error: "Motifs trop longs (5 000 caractères au plus)." }),
    plannedYear: yearSchema.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "retenu" && d.plannedYear === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["plannedYear"],
        message: "Un projet retenu est inscrit au schéma numérique pour une année : indiquez-la.",
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

/** What the arbitration needs to know of the meeting it names. */
export type ArbitrationMeeting = {
  orgId: string;
  operatorId: string;
  shared: boolean;
  body: MeetingBody;
  status: MeetingStatus;
};

/**
 * The meeting an arbitration names must be a held meeting of the body that arbitrates for the
 * project's commune: its own strategic committee, or the operator's enlarged steering commission
 * shared with all its members. A meeting about another commune, of another body, still to be held
 * or cancelled is refused.
 */
export function arbitrationMeetingRefusal(
  meeting: ArbitrationMeeting,
  project: { orgId: string; operatorId: string },
): DecisionRefusal | null {
  const ofCommune = meeting.shared
    ? meeting.operatorId === project.operatorId
    : meeting.orgId === project.orgId;
  if (!ofCommune)
    return {
      field: "meetingId",
      message:
        "Cette réunion ne concerne pas la commune du projet : choisissez une réunion de son comité.",
    };
  if (!isArbitratingBody(meeting.body))
    return {
      field: "meetingId",
      message:
        "Les projets sont arbitrés par le comité numérique stratégique ou la commission de pilotage élargie : choisissez une réunion de l'une de ces instances.",
    };
  if (meeting.status === "annulee")
    return {
      field: "meetingId",
      message: "Cette réunion a été annulée : elle n'a rien décidé.",
    };
  if (meeting.status !== "tenue")
    return {
      field: "meetingId",
      message:
        "Cette réunion ne s'est pas encore tenue : consignez d'abord son compte rendu, puis l'arbitrage.",
    };
  return null;
}

/**
 * What the committee's record may not say about the project: a delivery year before the decision
 * (the day of its meeting), or retaining a project that processes personal data without the DPO's
 * opinion (004 V-e: « ne doivent pas être mis en œuvre sans l'avis conforme du DPO »).
 */
export function decisionRefusal(
  record: { decision: ProjectDecision; decidedOn: string; plannedYear?: number | undefined },
  project: { personalData: boolean | null; hasDpoOpinion: boolean },
): DecisionRefusal | null {
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
        "Ce projet traite des données personnelles : l'avis du DPO est requis avant de le retenir.",
    };
  return null;
}
