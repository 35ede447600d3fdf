/**
 * The « fiche projet » of seed 002 (annex 3): how a member describes a new software or
 * infrastructure project before it is studied and arbitrated (002 §3.3.2, §3.4.2). Its headings,
 * in the annex's order and words, and the schema that refuses a fiche missing one of them.
 */
import { z } from "zod";
import { projectTypeSchema } from "./vocabulary.ts";

export type FicheHeading = {
  key: FicheTextKey;
  /** The annex's heading. */
  label: string;
  /** The annex's questions under it. */
  hint: string;
  required: boolean;
};

export type FicheSection = { title: string; headings: readonly FicheHeading[] };

/** The headings of annex 3, grouped as the annex groups them. */
export const FICHE_SECTIONS = [
  {
    title: "La demande",
    headings: [
      {
        key: "origin",
        label: "Origine de la demande",
        hint: "À quelle occasion ? État de l'existant.",
        required: true,
      },
      {
        key: "requester",
        label: "Le demandeur",
        hint: "Qui demande ? Positionnement de la demande.",
        required: true,
      },
      {
        key: "stakes",
        label: "Les enjeux",
        hint: "Que gagne la collectivité à mener ce projet ? Quelle activité améliore-t-il, quel service crée-t-il pour l'usager, comment s'inscrit-il dans la stratégie de la collectivité ?",
        required: true,
      },
      {
        key: "nature",
        label: "La nature du projet",
        hint: "Projet isolé ou avec projet connexe (système d'information, organisation, formation…).",
        required: true,
      },
    ],
  },
  {
    title: "Le projet",
    headings: [
      {
        key: "description",
        label: "La description du projet",
        hint: "Ce que le projet réalise, pour qui.",
        required: true,
      },
      {
        key: "planning",
        label: "Planification du projet",
        hint: "Période de mise en application souhaitée, étapes initiales du projet.",
        required: true,
      },
      {
        key: "budget",
        label: "Enveloppe financière",
        hint: "Coût global estimé (somme inscrite au PPI) : informatique, organisation, formation métier, dépenses associées ; financement extérieur escompté.",
        required: true,
      },
    ],
  },
  {
    title: "Objectifs du projet",
    headings: [
      {
        key: "objectives",
        label: "Objectifs attendus",
        hint: "Pour l'usager (transparence, accès à l'information), pour la direction (efficacité, traçabilité), pour les utilisateurs (saisie, listes appropriées).",
        required: true,
      },
    ],
  },
  {
    title: "Contraintes à respecter",
    headings: [
      {
        key: "constraints",
        label: "Contraintes",
        hint: "Organisationnelles du service demandeur (compétences, métiers, formation) ; extérieures (réglementation, partenariats).",
        required: true,
      },
    ],
  },
  {
    title: "Conditions de réussite et incertitudes",
    headings: [
      {
        key: "successConditions",
        label: "Conditions de réussite",
        hint: "L'engagement de la maîtrise d'ouvrage à réunir les conditions de réussite.",
        required: true,
      },
      {
        key: "uncertainties",
        label: "Incertitudes",
        hint: "Les difficultés prévisibles, pour construire les indicateurs de suivi ou les lever en cours de projet.",
        required: false,
      },
    ],
  },
  {
    title: "Suivi du projet",
    headings: [
      {
        key: "followUpIndicators",
        label: "Indicateurs de suivi du projet",
        hint: "Ce qui dira, en cours de projet et à sa fin, qu'il atteint ses objectifs.",
        required: true,
      },
    ],
  },
] as const satisfies readonly FicheSection[];

export const FICHE_TEXT_KEYS = [
  "origin",
  "requester",
  "stakes",
  "nature",
  "description",
  "planning",
  "budget",
  "objectives",
  "constraints",
  "successConditions",
  "uncertainties",
  "followUpIndicators",
] as const;
export type FicheTextKey = (typeof FICHE_TEXT_KEYS)[number];

const MAX = 5000;

function heading(key: FicheTextKey) {
  for (const section of FICHE_SECTIONS)
    for (const h of section.headings) if (h.key === key) return h;
  throw new Error(`Rubrique inconnue : ${key}`);
}

/** A required heading: missing or blank, it is refused in the annex's own words. */
function requiredHeading(key: FicheTextKey) {
  const { label } = heading(key);
  const missing = `Rubrique « ${label} » requise.`;
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(MAX, { error: `Rubrique « ${label} » trop longue (5 000 caractères au plus).` });
}

function optionalHeading(key: FicheTextKey) {
  const { label } = heading(key);
  return z
    .string({ error: `Texte attendu pour la rubrique « ${label} ».` })
    .trim()
    .max(MAX, { error: `Rubrique « ${label} » trop longue (5 000 caractères au plus).` })
    .optional();
}

export const ficheProjetSchema = z.object({
  /** « Direction pilote » */
  leadDepartment: z
    .string({ error: "Indiquez la direction pilote." })
    .trim()
    .min(2, { error: "Indiquez la direction pilote." })
    .max(200, { error: "Direction pilote trop longue (200 caractères au plus)." }),
  projectType: projectTypeSchema,
  origin: requiredHeading("origin"),
  requester: requiredHeading("requester"),
  stakes: requiredHeading("stakes"),
  nature: requiredHeading("nature"),
  description: requiredHeading("description"),
  planning: requiredHeading("planning"),
  budget: requiredHeading("budget"),
  objectives: requiredHeading("objectives"),
  constraints: requiredHeading("constraints"),
  successConditions: requiredHeading("successConditions"),
  uncertainties: optionalHeading("uncertainties"),
  followUpIndicators: requiredHeading("followUpIndicators"),
});
export type FicheProjet = z.output<typeof ficheProjetSchema>;
