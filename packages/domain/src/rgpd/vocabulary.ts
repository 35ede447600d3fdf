/**
 * The words of the RGPD registers (seed 004 section V, GDPR art. 6, 9, 30, 33–36, 44–49), each with
 * the French label users read. Values are stable codes; labels may be reworded freely.
 */
import { z } from "zod";
import { choose } from "../errors/field-errors.ts";

/** A choice among `values`, asked for in `missing`'s words and refused in `unknown`'s. */
export function choiceOf<const T extends readonly [string, ...string[]]>(
  values: T,
  missing: string,
  unknown: string,
) {
  return z.enum(values, { error: choose(missing, unknown) });
}

// --- Processing ---------------------------------------------------------------------------------

/** Draft, waiting for the DPO's opinion, in force (after a favourable one), ended. */
export const PROCESSING_STATUSES = ["draft", "awaiting-opinion", "in-force", "ended"] as const;
export type ProcessingStatus = (typeof PROCESSING_STATUSES)[number];
export const PROCESSING_STATUS_LABELS: Record<ProcessingStatus, string> = {
  draft: "Brouillon",
  "awaiting-opinion": "En attente de l'avis du DPO",
  "in-force": "En vigueur",
  ended: "Terminé",
};

/**
 * How a processing came to be (004 V-e): a digital project ordered through the shared service, a
 * procurement with a digital part, a direct change or new tool — each after the DPO's opinion — or
 * it predates the amendment (V-k). A processing set up outside those notified processes is kept
 * too, flagged: the Métropole disclaims responsibility for it (V-j).
 */
export const PROCESSING_PATHS = [
  "project",
  "procurement",
  "direct",
  "legacy",
  "outside-process",
] as const;
export type ProcessingPath = (typeof PROCESSING_PATHS)[number];
export const PROCESSING_PATH_LABELS: Record<ProcessingPath, string> = {
  project: "Projet numérique commandé au service commun (V-e/1)",
  procurement: "Achat public comportant un volet numérique (V-e/2)",
  direct: "Évolution ou nouvel outil, après saisine directe du DPO (V-e/3)",
  legacy: "Traitement antérieur à l'avenant RGPD (V-k)",
  "outside-process": "Mis en œuvre hors des processus standard notifiés (V-j)",
};

/** GDPR art. 6(1). */
export const LEGAL_BASES = [
  "consent",
  "contract",
  "legal-obligation",
  "vital-interests",
  "public-task",
  "legitimate-interests",
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  consent: "Consentement de la personne (art. 6.1.a)",
  contract: "Exécution d'un contrat (art. 6.1.b)",
  "legal-obligation": "Obligation légale (art. 6.1.c)",
  "vital-interests": "Sauvegarde des intérêts vitaux (art. 6.1.d)",
  "public-task": "Mission d'intérêt public ou exercice de l'autorité publique (art. 6.1.e)",
  "legitimate-interests": "Intérêts légitimes (art. 6.1.f)",
};

/** GDPR art. 9(2): the conditions that lift the ban on processing sensitive data. */
export const ARTICLE9_CONDITIONS = [
  "explicit-consent",
  "employment-social-protection",
  "vital-interests",
  "non-profit-body",
  "made-public",
  "legal-claims",
  "substantial-public-interest",
  "health-care",
  "public-health",
  "archiving-research",
] as const;
export type Article9Condition = (typeof ARTICLE9_CONDITIONS)[number];
export const ARTICLE9_CONDITION_LABELS: Record<Article9Condition, string> = {
  "explicit-consent": "Consentement explicite (art. 9.2.a)",
  "employment-social-protection":
    "Droit du travail, de la sécurité et de la protection sociales (art. 9.2.b)",
  "vital-interests": "Intérêts vitaux d'une personne hors d'état de consentir (art. 9.2.c)",
  "non-profit-body": "Organisme à but non lucratif, pour ses membres (art. 9.2.d)",
  "made-public": "Données manifestement rendues publiques par la personne (art. 9.2.e)",
  "legal-claims": "Constatation, exercice ou défense d'un droit en justice (art. 9.2.f)",
  "substantial-public-interest": "Motif d'intérêt public important prévu par la loi (art. 9.2.g)",
  "health-care": "Médecine préventive, du travail, soins ou prise en charge sociale (art. 9.2.h)",
  "public-health": "Intérêt public dans le domaine de la santé publique (art. 9.2.i)",
  "archiving-research": "Archives d'intérêt public, recherche ou statistique (art. 9.2.j)",
};

/** V-f: what is done with data once its retention period has run. */
export const RETENTION_END_ACTIONS = [
  "erase",
  "anonymise",
  "intermediate-archive",
  "definitive-archive",
] as const;
export type RetentionEndAction = (typeof RETENTION_END_ACTIONS)[number];
export const RETENTION_END_ACTION_LABELS: Record<RetentionEndAction, string> = {
  erase: "Effacement (V-f/1)",
  anonymise: "Anonymisation (V-f/2)",
  "intermediate-archive": "Archivage intermédiaire, accès restreint (V-f/3)",
  "definitive-archive": "Archivage définitif, décidé par la commune (V-f/4)",
};

/** GDPR chapter V: what makes a transfer outside the European Union lawful. */
export const TRANSFER_SAFEGUARDS = [
  "adequacy-decision",
  "standard-clauses",
  "binding-corporate-rules",
  "code-or-certification",
  "derogation",
] as const;
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];
export const TRANSFER_SAFEGUARD_LABELS: Record<TransferSafeguard, string> = {
  "adequacy-decision": "Décision d'adéquation de la Commission (art. 45)",
  "standard-clauses": "Clauses contractuelles types (art. 46.2.c)",
  "binding-corporate-rules": "Règles d'entreprise contraignantes (art. 47)",
  "code-or-certification": "Code de conduite ou certification (art. 46.2.e et f)",
  derogation: "Dérogation pour une situation particulière (art. 49)",
};

/** The security measures the CNIL's register model lists, checked one by one. */
export const SECURITY_MEASURES = [
  "access-control",
  "authentication",
  "traceability",
  "backups",
  "updates",
  "encryption",
  "pseudonymisation",
  "network-partitioning",
  "physical-security",
  "awareness",
  "continuity",
  "processor-audit",
] as const;
export type SecurityMeasure = (typeof SECURITY_MEASURES)[number];
export const SECURITY_MEASURE_LABELS: Record<SecurityMeasure, string> = {
  "access-control": "Contrôle d'accès des utilisateurs (habilitations)",
  authentication: "Authentification des utilisateurs",
  traceability: "Traçabilité des accès et des opérations",
  backups: "Sauvegardes",
  updates: "Mises à jour des logiciels",
  encryption: "Chiffrement des données",
  pseudonymisation: "Pseudonymisation",
  "network-partitioning": "Cloisonnement des réseaux",
  "physical-security": "Sécurité physique des locaux",
  awareness: "Sensibilisation des agents",
  continuity: "Continuité d'activité",
  "processor-audit": "Contrôle des sous-traitants",
};

/** The CNIL's nine criteria (EDPB guidelines WP248): two or more call for an impact assessment. */
export const DPIA_CRITERIA = [
  "evaluation-scoring",
  "automated-decision",
  "systematic-monitoring",
  "sensitive-data",
  "large-scale",
  "matching-datasets",
  "vulnerable-persons",
  "innovative-use",
  "rights-exclusion",
] as const;
export type DpiaCriterion = (typeof DPIA_CRITERIA)[number];
export const DPIA_CRITERION_LABELS: Record<DpiaCriterion, string> = {
  "evaluation-scoring": "Évaluation ou notation des personnes",
  "automated-decision": "Décision automatique avec effet juridique ou similaire",
  "systematic-monitoring": "Surveillance systématique",
  "sensitive-data": "Données sensibles ou à caractère hautement personnel",
  "large-scale": "Traitement à grande échelle",
  "matching-datasets": "Croisement ou combinaison d'ensembles de données",
  "vulnerable-persons": "Personnes vulnérables (mineurs, patients, agents…)",
  "innovative-use": "Usage innovant ou nouvelle technologie",
  "rights-exclusion": "Exclusion du bénéfice d'un droit, d'un service ou d'un contrat",
};

/** Who a processor is in the chain: the vendor the controller (through the Métropole) chose, or its own. */
export const PROCESSOR_ROLES = ["processor", "sub-processor"] as const;
export type ProcessorRole = (typeof PROCESSOR_ROLES)[number];
export const PROCESSOR_ROLE_LABELS: Record<ProcessorRole, string> = {
  processor: "Sous-traitant",
  "sub-processor": "Sous-traitant ultérieur",
};

/** The DPO's opinion on a new or changed processing (004 V-c, V-e). */
export const OPINION_OUTCOMES = [
  "favourable",
  "favourable-with-reservations",
  "unfavourable",
] as const;
export type OpinionOutcome = (typeof OPINION_OUTCOMES)[number];
export const OPINION_OUTCOME_LABELS: Record<OpinionOutcome, string> = {
  favourable: "Favorable",
  "favourable-with-reservations": "Favorable avec réserves",
  unfavourable: "Défavorable",
};

/** V-k: the remediation plan of pre-existing processing, « requalification prioritaire » first. */
export const REMEDIATION_PRIORITIES = ["high", "medium", "low"] as const;
export type RemediationPriority = (typeof REMEDIATION_PRIORITIES)[number];
export const REMEDIATION_PRIORITY_LABELS: Record<RemediationPriority, string> = {
  high: "Prioritaire",
  medium: "Normale",
  low: "Faible",
};

// --- Breaches -----------------------------------------------------------------------------------

export const BREACH_NATURES = ["confidentiality", "integrity", "availability"] as const;
export type BreachNature = (typeof BREACH_NATURES)[number];
export const BREACH_NATURE_LABELS: Record<BreachNature, string> = {
  confidentiality: "Confidentialité (divulgation, accès non autorisé)",
  integrity: "Intégrité (altération)",
  availability: "Disponibilité (perte, destruction)",
};

/** GDPR art. 33 and 34: no risk (recorded only), a risk (CNIL), a high risk (CNIL and the persons). */
export const BREACH_RISK_LEVELS = ["none", "risk", "high"] as const;
export type BreachRiskLevel = (typeof BREACH_RISK_LEVELS)[number];
export const BREACH_RISK_LABELS: Record<BreachRiskLevel, string> = {
  none: "Pas de risque pour les personnes",
  risk: "Risque pour les personnes",
  high: "Risque élevé pour les personnes",
};

export const BREACH_STATUSES = ["open", "closed"] as const;
export type BreachStatus = (typeof BREACH_STATUSES)[number];
export const BREACH_STATUS_LABELS: Record<BreachStatus, string> = {
  open: "En cours",
  closed: "Close",
};

/** Who handles breaches (the commune's option, 004 « choix optionnels »). */
export const BREACH_HANDLERS = ["commune", "metropole"] as const;
export type BreachHandler = (typeof BREACH_HANDLERS)[number];
export const BREACH_HANDLER_LABELS: Record<BreachHandler, string> = {
  commune: "La commune",
  metropole: "La Métropole (RSSI et DPO)",
};

// --- Requests of data subjects ------------------------------------------------------------------

export const REQUEST_KINDS = [
  "access",
  "rectification",
  "erasure",
  "objection",
  "restriction",
  "portability",
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_KIND_LABELS: Record<RequestKind, string> = {
  access: "Accès (art. 15)",
  rectification: "Rectification (art. 16)",
  erasure: "Effacement (art. 17)",
  objection: "Opposition (art. 21)",
  restriction: "Limitation (art. 18)",
  portability: "Portabilité (art. 20)",
};

export const REQUEST_CHANNELS = ["courrier", "courriel", "formulaire", "accueil"] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export const REQUEST_CHANNEL_LABELS: Record<RequestChannel, string> = {
  courrier: "Courrier",
  courriel: "Courriel",
  formulaire: "Formulaire en ligne",
  accueil: "Accueil en mairie",
};

/** Whether the person's identity had to be, and was, checked (GDPR art. 12(6)). */
export const IDENTITY_CHECKS = ["not-required", "pending", "verified", "failed"] as const;
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number];
export const IDENTITY_CHECK_LABELS: Record<IdentityCheck, string> = {
  "not-required": "Pas nécessaire (aucun doute raisonnable)",
  pending: "Justificatif demandé, en attente",
  verified: "Identité vérifiée",
  failed: "Identité non établie",
};

export const REQUEST_OUTCOMES = ["granted", "partial", "refused", "no-data"] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];
export const REQUEST_OUTCOME_LABELS: Record<RequestOutcome, string> = {
  granted: "Satisfaite",
  partial: "Satisfaite en partie",
  refused: "Refusée (motivée)",
  "no-data": "Aucune donnée détenue",
};

// --- End of retention ---------------------------------------------------------------------------

/**
 * An operation at the end of a retention period. An erasure waits for the commune, told
 * beforehand, to confirm it (V-f/1); the other actions are carried out and recorded.
 */
export const RETENTION_OPERATION_STATUSES = [
  "planned",
  "commune-informed",
  "confirmed",
  "declined",
  "done",
] as const;
export type RetentionOperationStatus = (typeof RETENTION_OPERATION_STATUSES)[number];
export const RETENTION_OPERATION_STATUS_LABELS: Record<RetentionOperationStatus, string> = {
  planned: "À venir",
  "commune-informed": "Commune informée, confirmation attendue",
  confirmed: "Confirmée par la commune",
  declined: "Non confirmée par la commune",
  done: "Réalisée",
};

// --- Documents, referential, disagreements -------------------------------------------------------

/** The « référentiel documentaire » (004 art. 6, V-j). */
export const REFERENCE_DOCUMENT_KINDS = [
  "policy",
  "charter",
  "technical-sheet",
  "terms-of-use",
] as const;
export type ReferenceDocumentKind = (typeof REFERENCE_DOCUMENT_KINDS)[number];
export const REFERENCE_DOCUMENT_KIND_LABELS: Record<ReferenceDocumentKind, string> = {
  policy: "Politique",
  charter: "Charte",
  "technical-sheet": "Fiche technique",
  "terms-of-use": "Conditions générales d'utilisation",
};

/** V-g: a disagreement about a processing goes to the two DGS, then the IGS, then the CNIL. */
export const DISAGREEMENT_STEPS = ["directors-general", "inspector-general", "cnil"] as const;
export type DisagreementStep = (typeof DISAGREEMENT_STEPS)[number];
export const DISAGREEMENT_STEP_LABELS: Record<DisagreementStep, string> = {
  "directors-general":
    "Arbitrage des directeurs généraux des services de la commune et de la Métropole",
  "inspector-general": "Avis de l'Inspecteur général des services de la Métropole",
  cnil: "Consultation de la CNIL",
};

export const DISAGREEMENT_OUTCOMES = ["settled", "unsettled"] as const;
export type DisagreementOutcome = (typeof DISAGREEMENT_OUTCOMES)[number];
export const DISAGREEMENT_OUTCOME_LABELS: Record<DisagreementOutcome, string> = {
  settled: "Désaccord levé",
  unsettled: "Désaccord persistant",
};

/** What a document is attached to. */
export const RGPD_SUBJECTS = ["processing", "breach", "request", "retention"] as const;
export type RgpdSubject = (typeof RGPD_SUBJECTS)[number];
