/**
 * The kinds of object an audit entry is about, closed and labelled in French (« Saisine »,
 * « Violation de données »): the API's audit writers take an `AuditEntity`. As for the actions,
 * the strings are the stored ones and never change.
 */
import type { DocumentSubject } from "../rgpd/documents.ts";
import { closedVocabulary } from "./vocabulary.ts";

/** The subjects of the RGPD registers' evidence (`leaveTrail`), each a kind of audited object. */
const RGPD_SUBJECT_LABELS: Record<
  DocumentSubject | "shared" | "settings" | "disagreement",
  string
> = {
  processing: "Traitement (registre RGPD)",
  breach: "Violation de données",
  request: "Demande d'exercice de droits",
  retention: "Opération de fin de conservation",
  reference: "Document du référentiel RGPD",
  shared: "Traitement partagé",
  settings: "Organisation RGPD",
  disagreement: "Désaccord RGPD",
};

const LABELS = {
  "api-token": "Jeton d'API",
  contract: "Contrat",
  "contract-version": "Version de contrat",
  email: "Adresse électronique",
  identity: "Identité de connexion unique",
  organisation: "Organisation",
  person: "Personne",
  procedure: "Procédure",
  saisine: "Saisine",
  "saisine-view": "Vue de la file",
  project: "Projet",
  "digital-plan": "Schéma numérique",
  meeting: "Réunion",
  meeting_action: "Action de réunion",
  indicator_entry: "Mesure d'indicateur",
  "annual-report": "Rapport annuel",
  register: "Registres RGPD",
  ...RGPD_SUBJECT_LABELS,
};

/** A kind of object of the audit trail, exactly as stored. */
export type AuditEntity = keyof typeof LABELS;

export const AUDIT_ENTITY_LABELS: Readonly<Record<AuditEntity, string>> = LABELS;

const entities = closedVocabulary(LABELS, "Autre objet");

export const AUDIT_ENTITIES = entities.values;

export const isAuditEntity: (value: string) => value is AuditEntity = entities.has;

/** « Saisine »; a kind this version does not know is said as such, not as code. */
export const auditEntityLabel = entities.label;
