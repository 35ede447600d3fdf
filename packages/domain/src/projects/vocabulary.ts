/**
 * The words of a commune's digital projects (seed 004 « schéma numérique », seed 002 annex 3 « fiche
 * projet », §3.2.3 « lettre de mission »), with the French labels users read. Values are the
 * domain's own French words, as for saisines.
 */
import { z } from "zod";
import { choose } from "../errors/field-errors.ts";

/** A project filed through a fiche projet, or a level-1 mission of the Redon convention. */
export const PROJECT_KINDS = ["projet", "mission"] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/**
 * What the digital plan holds (004): « des projets propres à la commune », « des projets collectifs
 * proposés par le service commun en cas de besoins similaires », « des projets métropolitains ou
 * mutualisés déployés sur la commune ».
 */
export const PROJECT_SCOPES = ["communal", "collectif", "metropolitain"] as const;
export type ProjectScope = (typeof PROJECT_SCOPES)[number];
export const PROJECT_SCOPE_LABELS: Record<ProjectScope, string> = {
  communal: "Projet propre à la commune",
  collectif: "Projet collectif (besoin partagé avec d'autres communes)",
  metropolitain: "Projet métropolitain déployé sur la commune",
};
export const projectScopeSchema = z.enum(PROJECT_SCOPES, {
  error: choose(
    "Choisissez la portée du projet.",
    "Portée inconnue : communal, collectif ou metropolitain attendu.",
  ),
});

/**
 * The activities indicator 2.1.1 splits the project load into (004, Carbon-Blanc and Mérignac:
 * « aux activités communales / transverses / mutualisées »). Each scope of the plan is one of
 * them: a commune's own project is communal work, a collective one mutualised work, a
 * metropolitan one transverse work (« projets métropolitains et transverses déployés sur la
 * commune »). Effort keeps the activity it was logged under, should the study change the scope.
 */
export const PROJECT_ACTIVITIES = ["communale", "transverse", "mutualisee"] as const;
export type ProjectActivity = (typeof PROJECT_ACTIVITIES)[number];
export const PROJECT_ACTIVITY_LABELS: Record<ProjectActivity, string> = {
  communale: "Activités communales",
  transverse: "Activités transverses",
  mutualisee: "Activités mutualisées",
};
export const ACTIVITY_OF_SCOPE: Record<ProjectScope, ProjectActivity> = {
  communal: "communale",
  collectif: "mutualisee",
  metropolitain: "transverse",
};

/** « Type de projet : Transversal ou Sectoriel » (annex 3's header). */
export const PROJECT_TYPES = ["sectoriel", "transversal"] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];
export const PROJECT_TYPE_LABELS: Record<ProjectType, string> = {
  sectoriel: "Sectoriel",
  transversal: "Transversal",
};
export const projectTypeSchema = z.enum(PROJECT_TYPES, {
  error: choose(
    "Choisissez le type de projet.",
    "Type de projet inconnu : sectoriel ou transversal attendu.",
  ),
});

/**
 * Where a project stands: filed, studied (002 §3.3.2: an existing solution? a shared need?),
 * arbitrated by the steering committee (retained, postponed, not retained), then its phases
 * (004 V-e/1: study and advice, project management; here framing, execution, deployment),
 * delivered or abandoned. A level-1 mission starts in execution: its letter is its decision.
 */
export const PROJECT_STATUSES = [
  "depose",
  "etudie",
  "ajourne",
  "non-retenu",
  "cadrage",
  "realisation",
  "deploiement",
  "livre",
  "abandonne",
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  depose: "Fiche déposée",
  etudie: "Étudié, en attente d'arbitrage",
  ajourne: "Ajourné",
  "non-retenu": "Non retenu",
  cadrage: "Cadrage",
  realisation: "Réalisation",
  deploiement: "Déploiement",
  livre: "Livré",
  abandonne: "Abandonné",
};
export const projectStatusSchema = z.enum(PROJECT_STATUSES, {
  error: "État inconnu.",
});

/** The steering committee's decisions (002 §3.3.2: « un arbitrage de sa part »). */
export const PROJECT_DECISIONS = ["retenu", "ajourne", "non-retenu"] as const;
export type ProjectDecision = (typeof PROJECT_DECISIONS)[number];
export const PROJECT_DECISION_LABELS: Record<ProjectDecision, string> = {
  retenu: "Retenu et inscrit au schéma numérique",
  ajourne: "Ajourné",
  "non-retenu": "Non retenu",
};
