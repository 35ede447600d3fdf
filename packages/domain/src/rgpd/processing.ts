/**
 * A record of the controller's register (GDPR art. 30(1), seed 004 V-b): what a commune's — or the
 * Métropole's own — processing is for, on whom, which data, to whom it goes, how long it is kept and
 * what happens then, how it is secured, with which applications and processors, how it came to be,
 * and its impact assessment. One schema for the form, the API and the shared processing's template.
 */
import { z } from "zod";
import {
  countSchema,
  optionalIsoDate,
  optionalText,
  requiredText,
  revisionSchema,
  uuidOf,
} from "./fields.ts";
import {
  ARTICLE9_CONDITIONS,
  choiceOf,
  DPIA_CRITERIA,
  LEGAL_BASES,
  PROCESSING_PATHS,
  PROCESSOR_ROLES,
  REMEDIATION_PRIORITIES,
  RETENTION_END_ACTIONS,
  SECURITY_MEASURES,
  TRANSFER_SAFEGUARDS,
} from "./vocabulary.ts";

const purposeSchema = z.object({
  label: requiredText("Décrivez la finalité.", 500),
  legalBasis: choiceOf(
    LEGAL_BASES,
    "Choisissez la base légale de cette finalité.",
    "Base légale inconnue.",
  ),
  /** The text that founds it (a code's article, a deliberation): optional, recommended. */
  basisDetail: optionalText(500),
});

const dataCategorySchema = z
  .object({
    label: requiredText("Nommez la catégorie de données.", 200),
    /** GDPR art. 9: health, opinions, beliefs, union membership, biometrics, sex life, origin. */
    sensitive: z.boolean({ error: "Indiquez si la catégorie est sensible." }),
    article9Condition: z
      .union([z.literal(""), z.enum(ARTICLE9_CONDITIONS)], {
        error: "Condition de l'article 9 inconnue.",
      })
      .default(""),
  })
  .superRefine((category, ctx) => {
    if (category.sensitive && category.article9Condition === "")
      ctx.addIssue({
        code: "custom",
        path: ["article9Condition"],
        message:
          "Donnée sensible : indiquez la condition de l'article 9 qui en permet le traitement.",
      });
  });

const recipientSchema = requiredText("Nommez le destinataire (service, organisme).", 200);

const transferSchema = z.object({
  recipient: requiredText("Nommez le destinataire situé hors de l'Union européenne.", 200),
  country: requiredText("Indiquez le pays de destination.", 100),
  safeguard: choiceOf(
    TRANSFER_SAFEGUARDS,
    "Choisissez la garantie qui encadre ce transfert hors de l'Union européenne.",
    "Garantie inconnue.",
  ),
});

const retentionSchema = z
  .object({
    data: requiredText("Indiquez les données concernées par cette durée.", 200),
    months: countSchema("Durée de conservation", 1200).refine((m) => m >= 1, {
      message: "Durée de conservation : un mois au moins.",
    }),
    /** The event the period runs from (« clôture du dossier », « dernier contact »). */
    from: requiredText("Indiquez le point de départ de la durée (ex. clôture du dossier).", 200),
    endAction: choiceOf(
      RETENTION_END_ACTIONS,
      "Choisissez ce qui est fait des données à la fin de la durée de conservation.",
      "Action de fin de conservation inconnue.",
    ),
    /** For an intermediate archive: how long it is kept there before its own end (V-f/3). */
    archiveMonths: countSchema("Durée d'archivage", 1200).nullable().default(null),
  })
  .superRefine((rule, ctx) => {
    if (rule.endAction === "intermediate-archive" && rule.archiveMonths === null)
      ctx.addIssue({
        code: "custom",
        path: ["archiveMonths"],
        message:
          "Archivage intermédiaire : indiquez sa durée, au terme de laquelle les données sont effacées ou anonymisées.",
      });
  });

const processorLinkSchema = z.object({
  processorId: uuidOf("Prestataire"),
  role: choiceOf(PROCESSOR_ROLES, "Choisissez le rôle du prestataire.", "Rôle inconnu."),
});

const dpiaSchema = z.object({
  criteria: z.array(z.enum(DPIA_CRITERIA, { error: "Critère inconnu." })).default([]),
  /** The assessment's reference (a PIA file, a document number) and date, once done. */
  reference: optionalText(300),
  doneOn: optionalIsoDate,
  /** GDPR art. 36: the residual risk stays high, the CNIL must be consulted first. */
  cnilConsultationRequired: z.boolean().default(false),
  cnilConsultedOn: optionalIsoDate,
});

const remediationSchema = z.object({
  priority: choiceOf(
    REMEDIATION_PRIORITIES,
    "Choisissez la priorité de la mise en conformité.",
    "Priorité inconnue.",
  ),
  owner: requiredText("Indiquez qui porte la mise en conformité.", 200),
  dueOn: optionalIsoDate.refine((d) => d !== null, { message: "Indiquez l'échéance du plan." }),
  actions: requiredText("Décrivez les actions prévues.", 2000),
  doneOn: optionalIsoDate,
});

/** « Diagnostic d'architecture et de sécurité » of the study step of a digital project (V-e/1). */
const securityDiagnosisSchema = z.object({
  doneOn: optionalIsoDate,
  reference: optionalText(300),
});

export const processingContentSchema = z.object({
  name: requiredText("Indiquez le nom du traitement.", 200),
  description: optionalText(2000),
  /** The service of the commune that runs it (« État civil », « Ressources humaines »). */
  service: optionalText(200),
  path: choiceOf(
    PROCESSING_PATHS,
    "Choisissez comment le traitement a été créé.",
    "Origine du traitement inconnue.",
  ),
  purposes: z
    .array(purposeSchema)
    .min(1, "Indiquez au moins une finalité, avec sa base légale.")
    .max(20, "20 finalités au plus."),
  personCategories: z
    .array(requiredText("Nommez la catégorie de personnes.", 200))
    .min(1, "Indiquez au moins une catégorie de personnes concernées.")
    .max(30, "30 catégories au plus."),
  dataCategories: z
    .array(dataCategorySchema)
    .min(1, "Indiquez au moins une catégorie de données.")
    .max(40, "40 catégories au plus."),
  estimatedPersons: countSchema("Nombre de personnes", 100_000_000).nullable().default(null),
  recipients: z.array(recipientSchema).max(30, "30 destinataires au plus.").default([]),
  transfers: z.array(transferSchema).max(20, "20 transferts au plus.").default([]),
  retention: z
    .array(retentionSchema)
    .min(1, "Indiquez au moins une durée de conservation, avec l'action à son terme.")
    .max(30, "30 durées au plus."),
  securityMeasures: z
    .array(z.enum(SECURITY_MEASURES, { error: "Mesure de sécurité inconnue." }))
    .default([]),
  securityNotes: optionalText(4000),
  /** Names from the contract's application inventory, or others the commune uses. */
  applications: z.array(requiredText("Nommez l'application.", 200)).max(30).default([]),
  processors: z.array(processorLinkSchema).max(30, "30 prestataires au plus.").default([]),
  /** The Métropole helped define the purposes and means as contracting authority (004 V-c). */
  metropoleDefinedPurposesAndMeans: z.boolean().default(false),
  dpia: dpiaSchema.default({
    criteria: [],
    reference: "",
    doneOn: null,
    cnilConsultationRequired: false,
    cnilConsultedOn: null,
  }),
  securityDiagnosis: securityDiagnosisSchema.default({ doneOn: null, reference: "" }),
  /** Pre-existing processing only: the plan that brings it into line (V-k). */
  remediation: remediationSchema.nullable().default(null),
});
export type ProcessingContent = z.output<typeof processingContentSchema>;
export type ProcessingContentInput = z.input<typeof processingContentSchema>;

const processingIdSchema = uuidOf("Traitement");

/** Recording a processing in a commune's register (the caller's own for a commune). */
export const createProcessingInput = z.object({
  orgId: uuidOf("Organisation").optional(),
  content: processingContentSchema,
});

/** Changing it, as it stood when read (`revision`): a concurrent change is not overwritten. */
export const updateProcessingInput = z.object({
  processingId: processingIdSchema,
  revision: revisionSchema,
  content: processingContentSchema,
});

export const processingIdInput = z.object({ processingId: processingIdSchema });

export const requestOpinionInput = z.object({
  processingId: processingIdSchema,
  revision: revisionSchema,
  note: optionalText(4000),
});

export const putInForceInput = z.object({
  processingId: processingIdSchema,
  revision: revisionSchema,
  inForceOn: optionalIsoDate.refine((d) => d !== null, {
    message: "Indiquez la date de mise en œuvre.",
  }),
});

export const endProcessingInput = z.object({
  processingId: processingIdSchema,
  endedOn: optionalIsoDate.refine((d) => d !== null, { message: "Indiquez la date d'arrêt." }),
  /** V-k: the commune declares to the DPO the processing it stops. */
  declaration: requiredText("Indiquez ce qui est déclaré au DPO sur l'arrêt du traitement.", 2000),
});
