/**
 * The breach register (GDPR art. 33(5), seed 004 V-d): every breach, notified or not, stays with the
 * evidence of its handling — awareness to the minute, nature, persons and records concerned, likely
 * consequences, measures, the risk, the CNIL's notification within 72 hours (a late one says why),
 * the persons told when the risk is high. Who handles it follows the commune's option; when the
 * Métropole does, the commune's services are consulted before any message goes out.
 */
import { z } from "zod";
import type { FieldErrors } from "../errors/field-errors.ts";
import { parisDateTimeSchema, parisInstant } from "../time/local-date-time.ts";
import { isLateNotification } from "./deadlines.ts";
import { countSchema, optionalText, requiredText, revisionSchema, uuidOf } from "./fields.ts";
import {
  BREACH_NATURES,
  BREACH_RISK_LEVELS,
  type BreachHandler,
  type BreachRiskLevel,
  choiceOf,
} from "./vocabulary.ts";

const breachId = uuidOf("Violation");

const naturesSchema = z
  .array(z.enum(BREACH_NATURES, { error: "Nature de violation inconnue." }))
  .min(1, "Indiquez la nature de la violation (confidentialité, intégrité, disponibilité).");

/** Opening: when the breach became known, what happened, the incident it came from. */
export const openBreachInput = z.object({
  orgId: uuidOf("Organisation").optional(),
  awareAt: parisDateTimeSchema("Indiquez la date et l'heure de prise de connaissance."),
  title: requiredText("Donnez un intitulé à la violation.", 200),
  description: requiredText("Décrivez ce qui s'est passé.", 8000),
  natures: naturesSchema,
  /** The saisine (an incident) the breach was found through, by its reference. */
  saisineReference: optionalText(40),
});
export type OpenBreachInput = z.output<typeof openBreachInput>;

/** What a breach holds of its assessment when it is opened: nothing yet (its first assessment fills it). */
export const unassessedBreach = () => ({
  processingIds: [] as string[],
  personCategories: [] as string[],
  dataCategories: [] as string[],
  consequences: "",
  measuresTaken: "",
  measuresProposed: "",
});

/** The assessment, revised as the facts become known. */
export const assessBreachInput = z.object({
  breachId,
  revision: revisionSchema,
  title: requiredText("Donnez un intitulé à la violation.", 200),
  description: requiredText("Décrivez ce qui s'est passé.", 8000),
  natures: naturesSchema,
  processingIds: z.array(uuidOf("Traitement")).max(20).default([]),
  personCategories: z
    .array(requiredText("Nommez la catégorie de personnes.", 200))
    .max(20)
    .default([]),
  approxPersons: countSchema("Nombre approximatif de personnes", 100_000_000)
    .nullable()
    .default(null),
  dataCategories: z.array(requiredText("Nommez la catégorie de données.", 200)).max(30).default([]),
  approxRecords: countSchema("Nombre approximatif d'enregistrements", 1_000_000_000)
    .nullable()
    .default(null),
  consequences: optionalText(8000),
  measuresTaken: optionalText(8000),
  measuresProposed: optionalText(8000),
  riskLevel: choiceOf(
    BREACH_RISK_LEVELS,
    "Évaluez le risque pour les droits et libertés des personnes.",
    "Niveau de risque inconnu.",
  ),
});
export type AssessBreachInput = z.output<typeof assessBreachInput>;

/** The CNIL's notification: when, its reference, and why it is late if it is. */
export const notifyBreachInput = z.object({
  breachId,
  notifiedAt: parisDateTimeSchema("Indiquez la date et l'heure de la notification à la CNIL."),
  cnilReference: requiredText("Indiquez la référence de la notification à la CNIL.", 100),
  lateJustification: optionalText(4000),
});
export type NotifyBreachInput = z.output<typeof notifyBreachInput>;

/**
 * What is wrong with a notification given the time of awareness: before it, or after the 72 hours
 * without saying why (GDPR art. 33(1)). The form checks it with the breach it shows, the service
 * with the breach it holds.
 */
export function notificationProblems(
  awareAt: Date,
  input: Pick<NotifyBreachInput, "notifiedAt" | "lateJustification">,
): FieldErrors {
  const notifiedAt = parisInstant(input.notifiedAt);
  if (!notifiedAt) return {};
  if (notifiedAt.getTime() < awareAt.getTime())
    return {
      notifiedAt: [
        "La notification ne peut pas précéder la prise de connaissance de la violation.",
      ],
    };
  if (isLateNotification(awareAt, notifiedAt) && input.lateJustification.length < 10)
    return {
      lateJustification: [
        "Notification au-delà de 72 heures : indiquez les motifs du retard (art. 33.1).",
      ],
    };
  return {};
}

/** Telling the persons concerned (art. 34): when and how. */
export const informPersonsInput = z.object({
  breachId,
  informedAt: parisDateTimeSchema("Indiquez la date et l'heure de l'information des personnes."),
  means: requiredText(
    "Indiquez comment les personnes ont été informées (courrier, courriel…).",
    1000,
  ),
});

/** Closing: the register keeps the breach, with a last word on how it ended. */
export const closeBreachInput = z.object({
  breachId,
  closingNote: optionalText(4000),
});

/** The option in the contract, or the commune (the controller) when the annex says nothing. */
export function breachHandler(option: BreachHandler | null): BreachHandler {
  return option ?? "commune";
}

/** The CNIL is notified unless the breach is unlikely to result in a risk (art. 33(1)). */
export const notificationRequired = (risk: BreachRiskLevel | null) =>
  risk !== null && risk !== "none";
/** The persons are told when the risk is high (art. 34(1)). */
export const personsMustBeInformed = (risk: BreachRiskLevel | null) => risk === "high";

export type BreachFacts = {
  riskLevel: BreachRiskLevel | null;
  notifiedAt: Date | null;
  personsInformedAt: Date | null;
};

/** What is still missing before the breach can be closed. */
export function breachCloseBlockers(b: BreachFacts): string[] {
  const blockers: string[] = [];
  if (b.riskLevel === null) blockers.push("Le risque pour les personnes n'a pas été évalué.");
  if (notificationRequired(b.riskLevel) && !b.notifiedAt)
    blockers.push("La violation présente un risque : notifiez-la à la CNIL avant de la clore.");
  if (personsMustBeInformed(b.riskLevel) && !b.personsInformedAt)
    blockers.push(
      "Le risque est élevé : informez les personnes concernées avant de clore la violation (art. 34).",
    );
  return blockers;
}

/**
 * Before any message goes out on a breach or a request the Métropole handles, the commune's services
 * were consulted (004 V-d « préalablement à l'envoi de toute réponse »): at least one consultation
 * recorded at or before the message.
 */
export function consultedBefore(consultations: readonly { consultedAt: Date }[], at: Date) {
  return consultations.some((c) => c.consultedAt.getTime() <= at.getTime());
}

/** A consultation of the commune's services: who, when, what they said. */
export const recordConsultationInput = z.object({
  subject: z.enum(["breach", "request"], { error: "Objet de la consultation inconnu." }),
  subjectId: uuidOf("Dossier"),
  consultedAt: parisDateTimeSchema("Indiquez la date et l'heure de la consultation."),
  service: requiredText("Indiquez le service de la commune consulté.", 200),
  observations: requiredText("Consignez les observations ou consignes de la commune.", 8000),
});
