/**
 * The audit journal in French: every action mutu records, the kinds of object it records them
 * on, and the fields of their « avant » and « après » — so an entry reads « Saisine qualifiée :
 * Nature : Ordinaire → Urgence », never a code or a JSON key.
 */
import { SAISINE_LIFECYCLE, type SaisineAction } from "../saisines/lifecycle.ts";
import {
  SAISINE_CHANNEL_LABELS,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_STATUS_LABELS,
  SAISINE_TYPE_LABELS,
} from "../saisines/vocabulary.ts";

/** The saisine lifecycle's own events, as `saisine.<event>` (lifecycle.ts). */
const LIFECYCLE_WORDS: Record<SaisineAction, string> = {
  qualifier: "Saisine qualifiée",
  demarrer: "Traitement d'une saisine démarré",
  "attendre-commune": "Saisine mise en attente",
  "attendre-tiers": "Saisine mise en attente",
  reprendre: "Traitement d'une saisine repris",
  repondre: "Réponse de la commune à une demande d'information",
  resoudre: "Saisine résolue",
  confirmer: "Résolution confirmée par la commune",
  rouvrir: "Saisine rouverte par la commune",
  clore: "Saisine close",
  refuser: "Saisine refusée",
  "accepter-exception": "Saisine exceptionnelle acceptée",
  "decliner-exception": "Saisine exceptionnelle déclinée",
  retirer: "Saisine retirée par la commune",
};

const lifecycle = Object.fromEntries(
  (Object.keys(SAISINE_LIFECYCLE) as SaisineAction[]).map((action) => [
    `saisine.${SAISINE_LIFECYCLE[action].event}`,
    LIFECYCLE_WORDS[action],
  ]),
);

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "access.denied": "Accès refusé",
  "auth.sign-in": "Connexion",
  "auth.sign-in.failed": "Échec de connexion",
  "auth.sign-in.throttled": "Connexion bloquée (trop de tentatives)",
  "auth.sign-out": "Déconnexion",
  "contract.discard-draft": "Abandon d'un avenant en préparation",
  "contract.draft-amendment": "Préparation d'un avenant",
  "contract.import-annex": "Import d'une annexe de contrat",
  "contract.sign-amendment": "Signature d'un avenant",
  "contract.update-draft": "Modification d'un avenant en préparation",
  "membership.change-choice": "Changement de formule d'un adhérent",
  "membership.join": "Adhésion à la convention",
  "membership.terminate": "Résiliation d'une adhésion",
  "notifications.preferences": "Choix de notifications par courriel",
  "organisation.set-referent": "Changement de référent communal",
  "person.assign-function": "Attribution d'une fonction",
  "person.create": "Création d'une personne",
  "person.deactivate": "Désactivation d'une personne",
  "person.reactivate": "Réactivation d'une personne",
  "person.remove-function": "Retrait d'une fonction",
  "seed.contracts": "Contrats de démonstration",
  "seed.demo": "Données de démonstration",
  "seed.saisines": "Saisines de démonstration",
  "token.create": "Création d'un jeton d'API",
  "token.revoke": "Révocation d'un jeton d'API",
  "saisine.create": "Saisine déposée",
  "saisine.assign": "Saisine attribuée",
  "saisine.attach": "Pièce jointe ajoutée à une saisine",
  "saisine.comment": "Commentaire sur une saisine",
  "saisine.qualify": "Saisine qualifiée",
  "saisine.information": "Information ajoutée par la commune",
  "saisine.exceptional-decision": "Décision sur une saisine exceptionnelle",
  "saisine.resident-anonymised": "Données d'un administré effacées (fin de conservation)",
  "saisine.sla-alert": "Alerte de délai envoyée",
  "saisine-view.create": "Vue de la file enregistrée",
  "saisine-view.delete": "Vue de la file supprimée",
  "sla-targets.set": "Objectifs de délai convenus",
  "arbitration.raise": "Arbitrage engagé",
  "arbitration.record-level": "Niveau d'arbitrage consigné",
  ...lifecycle,
};

/** « Saisine qualifiée »; an action this version does not know is said as such, not as code. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? "Autre action";
}

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  "api-token": "Jeton d'API",
  contract: "Contrat",
  "contract-version": "Version de contrat",
  email: "Adresse électronique",
  organisation: "Organisation",
  person: "Personne",
  procedure: "Procédure",
  saisine: "Saisine",
  "saisine-view": "Vue de la file",
};

/** The names of the fields an entry's « avant » and « après » hold. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  version: "Version",
  status: "Statut",
  type: "Type",
  subDomain: "Sous-domaine",
  nature: "Nature",
  criticality: "Criticité",
  channel: "Canal",
  reference: "Référence",
  assignee: "Titulaire",
  communeFunction: "Fonction côté commune",
  sharedServiceFunction: "Fonction côté service commun",
  proximityCentre: "Centre de proximité",
  needsQualification: "À vérifier",
  handlingDueAt: "Échéance de prise en compte",
  resolutionDueAt: "Échéance de résolution",
  annexVersionId: "Version de l'annexe",
  onBehalfOfResident: "Pour un administré",
  withNote: "Avec une note",
  visibility: "Visibilité",
  length: "Longueur du texte",
  name: "Nom",
  shared: "Partagée",
  filters: "Filtres",
  displayName: "Nom",
  email: "Adresse électronique",
  active: "Actif",
  functionId: "Fonction",
  label: "Libellé",
  subject: "Objet",
  kind: "Nature",
  amendmentNumber: "Numéro d'avenant",
  signedOn: "Signé le",
  effectiveFrom: "En vigueur le",
  outcome: "Issue",
  level: "Niveau",
  permissions: "Droits",
  expiresAt: "Expire le",
  alerts: "Alertes",
  recipients: "Destinataires",
  requalified: "Requalification",
  before: "Avant",
  after: "Après",
  reason: "Motif",
  fileName: "Fichier",
  sizeBytes: "Taille (octets)",
  closedAt: "Close le",
  purgeAt: "Effacement prévu le",
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: SAISINE_STATUS_LABELS,
  type: SAISINE_TYPE_LABELS,
  nature: SAISINE_NATURE_LABELS,
  criticality: SAISINE_CRITICALITY_LABELS,
  channel: SAISINE_CHANNEL_LABELS,
  visibility: { public: "Public", interne: "Interne" },
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const dateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  dateStyle: "short",
  timeStyle: "short",
});

/** A field's value as people read it: labels for the domain's words, Paris dates, « oui ». */
export function auditValueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const word = VALUE_LABELS[key]?.[value];
    if (word) return word;
    return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))
      ? dateTime.format(new Date(value))
      : value;
  }
  if (Array.isArray(value)) return value.map((v) => auditValueText(key, v)).join(", ");
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${AUDIT_FIELD_LABELS[k] ?? k} : ${auditValueText(k, v)}`)
    .join(" ; ");
}
