/**
 * Every action mutu writes to its audit trail, closed and labelled in French: the API's audit
 * writers take an `AuditAction`, so an action without a label does not compile. The strings are
 * the ones stored in the trail (its hash chain covers them): a label may change, a string never —
 * an action no longer written keeps its label for the entries already there.
 */
import { SAISINE_LIFECYCLE, type SaisineAction } from "../saisines/lifecycle.ts";
import type { RetentionStep } from "../rgpd/retention.ts";
import { sortFrench } from "../text/french.ts";
import { closedVocabulary } from "./vocabulary.ts";

/** `{ a: … }` under `p.`: `{ "p.a": … }`, typed. */
function prefixed<P extends string, K extends string>(
  prefix: P,
  labels: Readonly<Record<K, string>>,
): Record<`${P}${K}`, string> {
  return Object.fromEntries(
    Object.entries<string>(labels).map(([key, label]) => [`${prefix}${key}`, label]),
  ) as Record<`${P}${K}`, string>;
}

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

/** The word the saisine timeline records for a lifecycle action (« resolved »…). */
export type SaisineEvent = (typeof SAISINE_LIFECYCLE)[SaisineAction]["event"];

const LIFECYCLE = Object.fromEntries(
  (Object.keys(SAISINE_LIFECYCLE) as SaisineAction[]).map((action) => [
    SAISINE_LIFECYCLE[action].event,
    LIFECYCLE_WORDS[action],
  ]),
) as Record<SaisineEvent, string>;

const SAISINES = {
  "saisine.create": "Saisine déposée",
  "saisine.assign": "Saisine attribuée",
  "saisine.attach": "Pièce jointe ajoutée à une saisine",
  "saisine.comment": "Commentaire sur une saisine",
  "saisine.qualify": "Saisine qualifiée",
  "saisine.information": "Information ajoutée par la commune",
  "saisine.exceptional-decision": "Décision sur une saisine exceptionnelle",
  "saisine.resident-anonymised": "Données d'un administré effacées (fin de conservation)",
  "saisine.sla-alert": "Alerte de délai envoyée",
  ...prefixed("saisine.", LIFECYCLE),
  "saisine-view.create": "Vue de la file enregistrée",
  "saisine-view.delete": "Vue de la file supprimée",
  // No longer written (the delays come from the signed contract since migration 0009).
  "sla-targets.set": "Objectifs de délai convenus",
  "arbitration.raise": "Arbitrage engagé",
  "arbitration.record-level": "Niveau d'arbitrage consigné",
};

const CONTRACTS = {
  "contract.discard-draft": "Abandon d'un avenant en préparation",
  "contract.draft-amendment": "Préparation d'un avenant",
  "contract.import-annex": "Import d'une annexe de contrat",
  "contract.sign-amendment": "Signature d'un avenant",
  "contract.update-draft": "Modification d'un avenant en préparation",
  "membership.change-choice": "Changement de formule d'un adhérent",
  "membership.join": "Adhésion à la convention",
  "membership.terminate": "Résiliation d'une adhésion",
};

const PROJECTS = {
  "project.file": "Projet déposé",
  "project.mission": "Mission de niveau 1 créée",
  "project.study": "Étude d'un projet enregistrée",
  "project.dpo-opinion": "Avis du DPO sur un projet",
  "project.decision": "Décision du comité sur un projet",
  "project.phase": "Projet passé à la phase suivante",
  "project.plan-projet": "Plan projet enregistré",
  "project.effort": "Charge imputée à un projet",
  "project.abandon": "Projet abandonné",
  "digital-plan.adopt": "Schéma numérique adopté",
};

const GOVERNANCE = {
  "meeting.plan": "Réunion planifiée",
  "meeting.reschedule": "Réunion déplacée",
  "meeting.cancel": "Réunion annulée",
  "meeting.record": "Compte rendu de réunion consigné",
  "meeting.correct-minutes": "Compte rendu de réunion corrigé",
  "meeting.action.update": "Suivi d'une action de réunion",
  "calendar-feed.create": "Abonnement à l'agenda créé",
  "calendar-feed.revoke": "Abonnement à l'agenda révoqué",
  "indicator.enter": "Mesure d'un indicateur enregistrée",
  "report.generate": "Rapport annuel établi",
  "report.regenerate": "Rapport annuel établi à nouveau",
  "report.edit": "Rapport annuel complété par le service commun",
  "report.review": "Observations de la commune sur le rapport annuel",
  "report.validate": "Rapport annuel validé",
  "report.send": "Rapport annuel envoyé à la commune",
  "report.present": "Rapport annuel présenté au conseil municipal",
};

const RETENTION: Record<`retention-${RetentionStep}`, string> = {
  "retention-inform": "Commune informée d'une opération de fin de conservation",
  "retention-confirm": "Effacement confirmé par la commune",
  "retention-decline": "Effacement non confirmé par la commune",
  "retention-carry-out": "Opération de fin de conservation réalisée",
};

/** What an RGPD step leaves in a record's evidence (`rgpd_events.kind`), audited as `rgpd.<kind>`. */
const RGPD_EVENTS = {
  "processing-recorded": "Traitement inscrit au registre",
  "processing-changed": "Fiche de traitement modifiée",
  "opinion-requested": "Avis du DPO demandé sur un traitement",
  "opinion-given": "Avis du DPO rendu sur un traitement",
  "processing-in-force": "Traitement mis en œuvre",
  "processing-ended": "Fin d'un traitement",
  ...RETENTION,
  "shared-defined": "Traitement partagé défini",
  "shared-versioned": "Nouvelle version d'un traitement partagé",
  "shared-proposed": "Nouvelle version d'un traitement partagé proposée à une commune",
  "shared-accepted": "Nouvelle version d'un traitement partagé acceptée par la commune",
  "shared-declined": "Nouvelle version d'un traitement partagé refusée par la commune",
  "breach-opened": "Violation de données enregistrée",
  "breach-assessed": "Risque d'une violation de données évalué",
  "breach-notified": "Violation de données notifiée à la CNIL",
  "breach-persons-informed": "Personnes concernées informées d'une violation de données",
  "breach-closed": "Violation de données close",
  "request-registered": "Demande d'exercice de droits enregistrée",
  "request-identity": "Identité du demandeur vérifiée",
  "request-extended": "Délai de réponse à une demande prolongé",
  "request-answered": "Réponse à une demande d'exercice de droits",
  "commune-consulted": "Service de la commune consulté avant une réponse",
  "document-added": "Document ajouté à un registre RGPD",
  "settings-changed": "Organisation RGPD de la commune modifiée",
  "processor-added": "Prestataire ajouté au registre",
  "processor-changed": "Prestataire modifié",
  "reference-published": "Document du référentiel RGPD publié",
  "reference-notified": "Document du référentiel RGPD notifié à la commune",
  "reference-acknowledged": "Réception d'un document du référentiel RGPD confirmée",
  "disagreement-raised": "Désaccord RGPD signalé",
  "disagreement-step": "Étape d'un désaccord RGPD consignée",
};

/** The kind of an RGPD record's event (`leaveTrail`), its audit action being `rgpd.<kind>`. */
export type RgpdEventKind = keyof typeof RGPD_EVENTS;

const RGPD = {
  ...prefixed("rgpd.", RGPD_EVENTS),
  "rgpd.export": "Export des registres RGPD",
};

const ADMINISTRATION = {
  "person.create": "Création d'une personne",
  "person.assign-function": "Attribution d'une fonction",
  "person.remove-function": "Retrait d'une fonction",
  "person.deactivate": "Désactivation d'une personne",
  "person.reactivate": "Réactivation d'une personne",
  "organisation.set-referent": "Changement de référent communal",
  "token.create": "Création d'un jeton d'API",
  "token.revoke": "Révocation d'un jeton d'API",
  "token.entrust": "Jeton d'API confié à une autre personne",
  "notifications.preferences": "Choix de notifications par courriel",
  "seed.demo": "Données de démonstration",
  "seed.contracts": "Contrats de démonstration",
  "seed.saisines": "Saisines de démonstration",
  "seed.demo-rgpd": "Registres RGPD de démonstration",
};

const ACCESS = {
  "auth.sign-in": "Connexion",
  "auth.sign-in.failed": "Échec de connexion",
  "auth.sign-in.throttled": "Connexion bloquée (trop de tentatives)",
  "auth.sign-in.sso-refused": "Connexion unique refusée",
  "auth.sso-linked": "Compte relié à la connexion unique",
  "auth.sign-out": "Déconnexion",
  "auth.password-change": "Changement de mot de passe",
  "auth.password-reset.requested": "Lien de réinitialisation du mot de passe envoyé",
  "auth.password-reset": "Mot de passe réinitialisé par lien",
  "access.denied": "Accès refusé",
};

const LABELS = {
  ...SAISINES,
  ...CONTRACTS,
  ...PROJECTS,
  ...GOVERNANCE,
  ...RGPD,
  ...ADMINISTRATION,
  ...ACCESS,
};

/** An action of the audit trail, exactly as stored. */
export type AuditAction = keyof typeof LABELS;

/** « Saisine qualifiée », « Violation de données notifiée à la CNIL »… */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = LABELS;

const actions = closedVocabulary(LABELS, "Autre action");

export const AUDIT_ACTIONS = actions.values;

export const isAuditAction: (value: string) => value is AuditAction = actions.has;

/** « Saisine qualifiée »; an action this version does not know is said as such, not as code. */
export const auditActionLabel = actions.label;

/**
 * The journal's « Action » filter, by what the actions are about: each group is a prefix of the
 * stored strings (the filter takes a whole group or one action); every action is in one group.
 */
export const AUDIT_ACTION_GROUPS: readonly { prefix: string; label: string }[] = [
  { prefix: "saisine.", label: "Saisines" },
  { prefix: "saisine-view.", label: "Vues de la file" },
  { prefix: "arbitration.", label: "Arbitrages" },
  { prefix: "sla-targets.", label: "Objectifs de délai" },
  { prefix: "contract.", label: "Contrats" },
  { prefix: "membership.", label: "Adhésions" },
  { prefix: "project.", label: "Projets" },
  { prefix: "digital-plan.", label: "Schémas numériques" },
  { prefix: "meeting.", label: "Réunions des instances" },
  { prefix: "calendar-feed.", label: "Abonnements à l'agenda" },
  { prefix: "indicator.", label: "Indicateurs" },
  { prefix: "report.", label: "Rapports annuels" },
  { prefix: "rgpd.", label: "RGPD" },
  { prefix: "person.", label: "Personnes" },
  { prefix: "organisation.", label: "Organisations" },
  { prefix: "token.", label: "Jetons d'API" },
  { prefix: "notifications.", label: "Notifications" },
  { prefix: "auth.", label: "Connexions" },
  { prefix: "access.", label: "Accès" },
  { prefix: "seed.", label: "Données de démonstration" },
];

export type AuditActionChoice = { value: string; label: string };

/**
 * The filter's choices, group by group: the group itself, then its actions in French order. Two
 * actions with one label (the lifecycle's « qualified », never written apart from `qualify`) are
 * one choice, the first written.
 */
export function auditActionChoices(): {
  prefix: string;
  label: string;
  actions: AuditActionChoice[];
}[] {
  return AUDIT_ACTION_GROUPS.map((group) => {
    const seen = new Set<string>();
    const actions = AUDIT_ACTIONS.filter((action) => action.startsWith(group.prefix))
      .map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] }))
      .filter((choice) => !seen.has(choice.label) && Boolean(seen.add(choice.label)));
    return { ...group, actions: sortFrench(actions, (choice) => choice.label) };
  });
}
