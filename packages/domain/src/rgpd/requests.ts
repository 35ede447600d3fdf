/**
 * Requests of data subjects (GDPR art. 12–22), which the Métropole handles for the commune (004
 * V-d): received on a day, through a channel, identity checked where in doubt, the commune consulted
 * before the answer, answered within a month — extendable by two, the person told why within the
 * first month —, with the outcome and its documents.
 */
import { z } from "zod";
import type { FieldErrors } from "../errors/field-errors.ts";
import { parisDateTimeSchema, parisInstant } from "../time/local-date-time.ts";
import { subjectRequestDeadline } from "./deadlines.ts";
import { optionalText, requiredText, uuidOf } from "./fields.ts";
import {
  choiceOf,
  IDENTITY_CHECKS,
  type IdentityCheck,
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  REQUEST_OUTCOMES,
  type RequestOutcome,
} from "./vocabulary.ts";

const requestId = uuidOf("Demande");

const identityCheckSchema = choiceOf(
  IDENTITY_CHECKS,
  "Indiquez où en est la vérification d'identité.",
  "État de la vérification inconnu.",
);

export const registerRequestInput = z.object({
  orgId: uuidOf("Organisation").optional(),
  kind: choiceOf(REQUEST_KINDS, "Choisissez le droit exercé.", "Droit inconnu."),
  receivedAt: parisDateTimeSchema("Indiquez la date et l'heure de réception de la demande."),
  channel: choiceOf(REQUEST_CHANNELS, "Choisissez le canal de réception.", "Canal inconnu."),
  /** Kept in the register to answer the person; never in the audit trail or in messages. */
  requesterName: requiredText("Indiquez le nom de la personne.", 200),
  requesterContact: optionalText(300),
  details: requiredText("Résumez la demande.", 8000),
  processingIds: z.array(uuidOf("Traitement")).max(20).default([]),
  identityCheck: identityCheckSchema.default("not-required"),
});

export const identityCheckInput = z.object({
  requestId,
  identityCheck: identityCheckSchema,
  note: optionalText(2000),
});

/** The two-month extension, its reason, and when the person was told (within the first month). */
export const extendRequestInput = z.object({
  requestId,
  reason: requiredText(
    "Indiquez le motif de la prolongation (complexité, nombre de demandes).",
    4000,
  ),
  personToldAt: parisDateTimeSchema(
    "Indiquez quand la personne a été informée de la prolongation.",
  ),
});
export type ExtendRequestInput = z.output<typeof extendRequestInput>;

/** Why an extension cannot be recorded: the person must be told why within the first month. */
export function extensionProblems(
  receivedAt: Date,
  input: Pick<ExtendRequestInput, "personToldAt">,
): FieldErrors {
  const told = parisInstant(input.personToldAt);
  if (!told) return {};
  if (told.getTime() < receivedAt.getTime())
    return {
      personToldAt: ["La personne ne peut pas être informée avant la réception de sa demande."],
    };
  if (told.getTime() >= subjectRequestDeadline(receivedAt).getTime())
    return {
      personToldAt: [
        "La prolongation doit être annoncée à la personne dans le mois qui suit la réception (art. 12.3) : ce délai est dépassé.",
      ],
    };
  return {};
}

export const answerRequestInput = z.object({
  requestId,
  answeredAt: parisDateTimeSchema("Indiquez la date et l'heure de la réponse."),
  outcome: choiceOf(REQUEST_OUTCOMES, "Choisissez la suite donnée.", "Suite inconnue."),
  summary: requiredText("Résumez la réponse faite à la personne.", 8000),
});
export type AnswerRequestInput = z.output<typeof answerRequestInput>;

/**
 * What stops an answer: given before the request came, the commune not consulted beforehand (004
 * V-d), an identity still being checked, or satisfied for a person whose identity was not established.
 */
export function answerProblems(
  request: { receivedAt: Date; identityCheck: IdentityCheck; consultedAt: readonly Date[] },
  input: Pick<AnswerRequestInput, "answeredAt" | "outcome">,
): FieldErrors {
  const answeredAt = parisInstant(input.answeredAt);
  if (!answeredAt) return {};
  const errors: FieldErrors = {};
  if (answeredAt.getTime() < request.receivedAt.getTime())
    errors.answeredAt = ["La réponse ne peut pas précéder la réception de la demande."];
  else if (!request.consultedAt.some((c) => c.getTime() <= answeredAt.getTime()))
    errors.answeredAt = [
      "La commune doit être consultée avant la réponse : consignez d'abord la consultation de ses services.",
    ];
  if (request.identityCheck === "pending")
    errors.outcome = [
      "L'identité de la personne est en cours de vérification : attendez le justificatif.",
    ];
  else if (request.identityCheck === "failed" && grants(input.outcome))
    errors.outcome = ["L'identité n'est pas établie : la demande ne peut pas être satisfaite."];
  return errors;
}

const grants = (outcome: RequestOutcome) => outcome === "granted" || outcome === "partial";

export const REQUEST_DUE_SOON_DAYS = 7;

export type RequestState = "open" | "due-soon" | "overdue" | "answered" | "answered-late";
export const REQUEST_STATE_LABELS: Record<RequestState, string> = {
  open: "En cours",
  "due-soon": "Échéance proche",
  overdue: "Délai dépassé",
  answered: "Répondue dans le délai",
  "answered-late": "Répondue hors délai",
};

/** Where a request stands against its deadline (the end of its last day, Paris). */
export function requestState(
  r: { receivedAt: Date; extended: boolean; answeredAt: Date | null },
  now: Date,
): { state: RequestState; dueAt: Date } {
  const dueAt = subjectRequestDeadline(r.receivedAt, { extended: r.extended });
  if (r.answeredAt)
    return {
      dueAt,
      state: r.answeredAt.getTime() < dueAt.getTime() ? "answered" : "answered-late",
    };
  if (now.getTime() >= dueAt.getTime()) return { dueAt, state: "overdue" };
  const soon = dueAt.getTime() - REQUEST_DUE_SOON_DAYS * 86_400_000;
  return { dueAt, state: now.getTime() >= soon ? "due-soon" : "open" };
}
