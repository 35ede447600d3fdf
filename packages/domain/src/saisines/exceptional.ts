/**
 * The decision an exceptional saisine waits for (000 art. 4): out of the contract's scope, it
 * is "évaluée et déterminée par les responsables concernés de la commune et des services
 * communs" — accepted with means adapted to it, or declined, with reasons, by both sides.
 * The responsible functions are those of the matrix's "exceptionnelle" row (routeSaisine).
 */
import { z } from "zod";
import { isoDateSchema } from "../contracts/calendar.ts";
import type { SaisineAction } from "./lifecycle.ts";
import { choose } from "../errors/field-errors.ts";
import { saisineIdSchema } from "./inputs.ts";

export const EXCEPTIONAL_OUTCOMES = ["acceptee", "declinee"] as const;
export type ExceptionalOutcome = (typeof EXCEPTIONAL_OUTCOMES)[number];
export const EXCEPTIONAL_OUTCOME_LABELS: Record<ExceptionalOutcome, string> = {
  acceptee: "Acceptée avec des moyens adaptés",
  declinee: "Déclinée",
};

const managerSchema = z.object({
  name: z
    .string({ error: "Indiquez le nom du responsable." })
    .trim()
    .min(2, { error: "Indiquez le nom du responsable." })
    .max(120, { error: "Nom trop long (120 caractères au plus)." }),
  function: z
    .string({ error: "Indiquez la fonction du responsable." })
    .trim()
    .min(2, { error: "Indiquez la fonction du responsable." })
    .max(200, { error: "Fonction trop longue (200 caractères au plus)." }),
});

const decisionShape = {
  outcome: z.enum(EXCEPTIONAL_OUTCOMES, {
    error: choose(
      "Choisissez la décision.",
      "Décision attendue : acceptée (moyens adaptés) ou déclinée.",
    ),
  }),
  decidedOn: isoDateSchema,
  reasons: z
    .string({ error: "Motivez la décision." })
    .trim()
    .min(10, { error: "Motivez la décision (10 caractères au moins)." })
    .max(5000, { error: "Motifs trop longs (5 000 caractères au plus)." }),
  /** What the shared service adapts to take the saisine on (staff, delay, cost…). */
  adaptedMeans: z
    .string()
    .trim()
    .max(5000, { error: "Description des moyens trop longue (5 000 caractères au plus)." })
    .optional(),
  communeManager: managerSchema,
  sharedServiceManager: managerSchema,
};

function checkMeans(
  decision: { outcome: ExceptionalOutcome; adaptedMeans?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (decision.outcome === "acceptee" && !decision.adaptedMeans) {
    ctx.addIssue({
      code: "custom",
      path: ["adaptedMeans"],
      message:
        "Une saisine exceptionnelle acceptée précise les moyens adaptés qui lui sont consacrés.",
    });
  }
  if (decision.outcome === "declinee" && decision.adaptedMeans) {
    ctx.addIssue({
      code: "custom",
      path: ["adaptedMeans"],
      message: "Une saisine déclinée ne reçoit pas de moyens : retirez-les ou acceptez-la.",
    });
  }
}

export const exceptionalDecisionSchema = z.object(decisionShape).superRefine(checkMeans);
export type ExceptionalDecision = z.output<typeof exceptionalDecisionSchema>;

export const exceptionalDecisionInput = z
  .object({ saisineId: saisineIdSchema, ...decisionShape })
  .superRefine(checkMeans);
export type ExceptionalDecisionInput = z.output<typeof exceptionalDecisionInput>;

/** The status-machine action that records this decision. */
export function exceptionalDecisionAction(outcome: ExceptionalOutcome): SaisineAction {
  return outcome === "acceptee" ? "accepter-exception" : "decliner-exception";
}
