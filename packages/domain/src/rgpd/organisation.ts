/**
 * How the RGPD is organised for a commune, beyond the options of its contract (shared DPO, who
 * handles breaches — changed by amendment): the DPO it designated when it keeps its own, the
 * « lettre de mission » when it shares the Métropole's (V-d), its network of « correspondants
 * RGPD » (the DGS by default, V-c), how long residents' contact data stay in saisines, its inventory
 * of pre-existing processing (V-k). Also the Métropole's vendors (processors it chose under the
 * commune's general mandate, V-d), its « référentiel documentaire » notified « par courrier au
 * directeur des services » (V-j), and the path of an RGPD disagreement (V-g).
 */
import { z } from "zod";
import { DEFAULT_RESIDENT_RETENTION_MONTHS } from "../saisines/resident.ts";
import type { FieldErrors } from "../errors/field-errors.ts";
import { addDays } from "../time/paris.ts";
import {
  countSchema,
  optionalIsoDate,
  optionalText,
  requiredIsoDate,
  requiredText,
  uuidOf,
} from "./fields.ts";
import {
  choiceOf,
  DISAGREEMENT_OUTCOMES,
  DISAGREEMENT_STEPS,
  type DisagreementOutcome,
  type DisagreementStep,
  REFERENCE_DOCUMENT_KINDS,
} from "./vocabulary.ts";

const emailOrEmpty = z
  .string({ error: "Adresse électronique attendue." })
  .trim()
  .max(200, "Adresse trop longue.")
  .refine((v) => v === "" || z.email().safeParse(v).success, {
    message: "Adresse électronique invalide (ex. dpo@mairie.fr).",
  })
  .default("");

const correspondentSchema = z.object({
  name: requiredText("Indiquez le nom du correspondant.", 200),
  function: requiredText("Indiquez sa fonction.", 200),
  email: emailOrEmpty,
});

export const saveRgpdSettingsInput = z.object({
  orgId: uuidOf("Organisation").optional(),
  /** The commune's own DPO, when it does not share the Métropole's. */
  ownDpoName: optionalText(200),
  ownDpoEmail: emailOrEmpty,
  ownDpoDesignatedOn: optionalIsoDate,
  /** When the DPO is shared: the « lettre de mission » the commune notified to it (V-d). */
  missionLetterReference: optionalText(300),
  missionLetterOn: optionalIsoDate,
  correspondents: z.array(correspondentSchema).max(20, "20 correspondants au plus.").default([]),
  residentRetentionMonths: countSchema("Durée de conservation", 120)
    .refine((m) => m >= 1, { message: "Durée de conservation : un mois au moins." })
    .default(DEFAULT_RESIDENT_RETENTION_MONTHS),
  /** V-k: the day the commune gave its exhaustive inventory of pre-existing processing. */
  legacyInventorySubmittedOn: optionalIsoDate,
});
export type SaveRgpdSettingsInput = z.output<typeof saveRgpdSettingsInput>;

/** What the contract's option asks of the designations: an own DPO is named; a shared one is not. */
export function designationProblems(
  dpoShared: boolean | null,
  input: Pick<SaveRgpdSettingsInput, "ownDpoName" | "missionLetterReference">,
): FieldErrors {
  if (dpoShared === false && input.ownDpoName === "")
    return {
      ownDpoName: ["La commune n'a pas mutualisé son DPO : indiquez le délégué qu'elle a désigné."],
    };
  if (dpoShared === true && input.ownDpoName !== "")
    return {
      ownDpoName: [
        "Le DPO de la commune est celui de la Métropole (option du contrat) : pour en désigner un autre, modifiez l'option par avenant.",
      ],
    };
  return {};
}

/** The commune's correspondents, or its DGS when it named none (V-c « à défaut, son interlocuteur est le DGS »). */
export function rgpdInterlocutors<C>(correspondents: readonly C[], dgs: readonly C[]) {
  return correspondents.length > 0
    ? { byDefault: false, people: [...correspondents] }
    : { byDefault: true, people: [...dgs] };
}

// --- Vendors --------------------------------------------------------------------------------------

export const saveProcessorInput = z.object({
  processorId: uuidOf("Prestataire").optional(),
  name: requiredText("Indiquez le nom du prestataire.", 200),
  /** The vendor it works for, when it is a sub-processor. */
  parentId: z
    .union([z.literal(""), z.null(), uuidOf("Prestataire")])
    .transform((v) => v || null)
    .default(null),
  address: optionalText(500),
  dpoContact: optionalText(300),
  /** The Art. 28 contract: its reference, signature and expiry. */
  contractReference: requiredText(
    "Indiquez la référence du contrat de sous-traitance (art. 28).",
    300,
  ),
  contractSignedOn: optionalIsoDate,
  contractExpiresOn: optionalIsoDate,
  /** « Le contenu des engagements souscrits », told to the communes (V-d). */
  commitments: requiredText("Résumez les engagements souscrits par le prestataire.", 8000),
  /** A commune-specific solution, whose cost that commune bears (V-d). */
  communeId: z
    .union([z.literal(""), z.null(), uuidOf("Commune")])
    .transform((v) => v || null)
    .default(null),
});

export const PROCESSOR_EXPIRY_WARNING_DAYS = 90;
export type ContractState = "unknown" | "valid" | "expiring" | "expired";
export const CONTRACT_STATE_LABELS: Record<ContractState, string> = {
  unknown: "Échéance non renseignée",
  valid: "En cours",
  expiring: "Expire bientôt",
  expired: "Expiré",
};

/** An Art. 28 contract on a day: expired from its expiry date, « bientôt » within 90 days of it. */
export function processorContractState(expiresOn: string | null, today: string): ContractState {
  if (!expiresOn) return "unknown";
  if (expiresOn <= today) return "expired";
  return addDays(today, PROCESSOR_EXPIRY_WARNING_DAYS) >= expiresOn ? "expiring" : "valid";
}

// --- Référentiel documentaire ---------------------------------------------------------------------

export const publishReferenceDocumentInput = z.object({
  /** A new version of this document; absent for a new document. */
  documentKey: z.string().trim().max(80).optional(),
  kind: choiceOf(REFERENCE_DOCUMENT_KINDS, "Choisissez le type de document.", "Type inconnu."),
  title: requiredText("Indiquez le titre du document.", 300),
  version: requiredText("Indiquez la version (ex. 2.1).", 40),
  publishedOn: requiredIsoDate("Indiquez la date de publication."),
  summary: optionalText(4000),
});

export const notifyReferenceInput = z.object({
  documentId: uuidOf("Document"),
  orgIds: z.array(uuidOf("Commune")).min(1, "Choisissez au moins une commune."),
  notifiedOn: requiredIsoDate("Indiquez la date d'envoi du courrier."),
  means: requiredText("Indiquez le moyen de notification.", 300).default(
    "Courrier au directeur général des services",
  ),
});

export const acknowledgeReferenceInput = z.object({
  notificationId: uuidOf("Notification"),
  acknowledgedOn: requiredIsoDate("Indiquez la date de l'accusé de réception."),
});

// --- Disagreements (V-g) --------------------------------------------------------------------------

export const raiseDisagreementInput = z.object({
  orgId: uuidOf("Organisation").optional(),
  processingId: z
    .union([z.literal(""), z.null(), uuidOf("Traitement")])
    .transform((v) => v || null)
    .default(null),
  subject: requiredText("Décrivez le désaccord et les positions de chacun.", 8000),
});

export const recordDisagreementStepInput = z.object({
  disagreementId: uuidOf("Désaccord"),
  step: choiceOf(DISAGREEMENT_STEPS, "Choisissez l'étape.", "Étape inconnue."),
  heldOn: requiredIsoDate("Indiquez la date."),
  participants: requiredText("Indiquez qui a été réuni ou consulté.", 2000),
  outcome: choiceOf(DISAGREEMENT_OUTCOMES, "Choisissez l'issue.", "Issue inconnue."),
  summary: requiredText("Consignez la décision, l'avis ou la réponse.", 8000),
});

/**
 * The step a disagreement goes to next: the two DGS, then the IGS's opinion, then the CNIL as a
 * last resort; a settled step ends it, the CNIL is the last. Dates never go back.
 */
export function nextDisagreementStep(
  history: readonly { step: DisagreementStep; outcome: DisagreementOutcome; heldOn: string }[],
): { ok: true; step: DisagreementStep } | { ok: false; error: string } {
  const last = history.at(-1);
  if (!last) return { ok: true, step: DISAGREEMENT_STEPS[0] };
  if (last.outcome === "settled")
    return { ok: false, error: "Le désaccord est levé : il est clos." };
  const next = DISAGREEMENT_STEPS[DISAGREEMENT_STEPS.indexOf(last.step) + 1];
  if (!next)
    return { ok: false, error: "La CNIL a été consultée : c'est le dernier recours prévu (V-g)." };
  return { ok: true, step: next };
}

export function appendDisagreementStep(
  history: readonly { step: DisagreementStep; outcome: DisagreementOutcome; heldOn: string }[],
  step: { step: DisagreementStep; heldOn: string },
): FieldErrors {
  const next = nextDisagreementStep(history);
  if (!next.ok) return { step: [next.error] };
  if (step.step !== next.step)
    return { step: ["Le désaccord passe d'abord par les étapes précédentes, dans l'ordre (V-g)."] };
  const last = history.at(-1);
  if (last && step.heldOn < last.heldOn)
    return { heldOn: ["Cette étape ne peut pas précéder la précédente."] };
  return {};
}
