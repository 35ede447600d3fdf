/**
 * Text of the Bordeaux Métropole annex model shared by every commune (seed 000, Bègles' 2016
 * annex, reproduced in 004): sub-domain titles, mutualised activities, engagement wordings and the
 * duration clause. communes.json only lists what differs per commune, so the import starts here.
 */
import type { SubDomainLetter } from "./annex.ts";

export const BORDEAUX_IT_DOMAIN = "Numérique et systèmes d'information";

export const BORDEAUX_SUB_DOMAIN_TITLES: Record<SubDomainLetter, string> = {
  A: "Co-construction de la stratégie numérique communale, gouvernance et sécurité",
  B: "Réalisation des projets numériques de compétence communale",
  C: "Fourniture des postes et environnements numériques de travail / assistance utilisateurs",
  D: "Hébergement, exploitation et maintien en conditions opérationnelles (MCO) des systèmes d'information",
};

/**
 * Activities of seed 000 § II, one line each. Items of a headed group keep the heading as a prefix
 * ("Conduite des projets : …") because the same words appear under two headings in D.
 */
export const BORDEAUX_MODEL_ACTIVITIES: Record<SubDomainLetter, readonly string[]> = {
  A: [
    "Animation de la veille technologique et de l'innovation au service des métiers",
    "Co-construction du Schéma Numérique Communal pluriannuel décliné par direction générale / politique publique (horizon 3 ans, revu annuellement), intégrant selon les choix de la commune des projets propres à la commune, des projets collectifs proposés par le service commun et des projets métropolitains ou mutualisés déployés sur la commune",
    "Animation de la construction du document stratégique « Ambition Numérique 2020 » avec les élus en charge du numérique, les élus thématiques et les DGS",
  ],
  B: [
    "Etudes et conseil : Etude d'opportunité, indicateurs permettant de suivre le retour sur investissement (ROI) et la valeur attendue",
    "Etudes et conseil : Pré-étude d'avant-projet",
    "Etudes et conseil : Expertise",
    "Conduite des projets : Pilotage et management des projets en lien avec les maîtrises d'usage",
    "Conduite des projets : Etudes, conception et spécifications",
    "Conduite des projets : Passation et exécution des marchés",
    "Conduite des projets : Réalisation, développements et paramétrage",
    "Conduite des projets : Qualification, recette, intégration et pré-production",
    "Conduite des projets : Mise en production et déploiement",
    "Conduite des projets : Accompagnement au changement et formation",
    "Conduite des projets : Bilan de projet",
    "Maintenance applicative : Maintenance corrective et réglementaire",
    "Maintenance applicative : Maintenance évolutive",
  ],
  C: [
    "Conception, préparation et mise à disposition d'un poste et d'un environnement de travail standardisé",
    "Gestion du parc de matériel",
    "Maintenance, réparation des équipements et maintien en condition opérationnelle des environnements numériques de travail",
    "Assistance aux utilisateurs (agents, élus et publics identifiés) : enregistrement de tous types de demandes, incidents et support relatif au domaine NSI ; résolution et clôture du ticket",
    "Formation des utilisateurs en matière de poste et environnement numérique de travail (en lien avec le service RH en charge de l'ingénierie et l'animation du dispositif de formation)",
    "Suivi des interventions et tableaux de bord",
  ],
  D: [
    "Audit, conseil et conception des infrastructures : Audit et conseil",
    "Audit, conseil et conception des infrastructures : Ingénierie",
    "Audit, conseil et conception des infrastructures : Mise en place, administration des infrastructures informatique et des réseaux",
    "Hébergement, exploitation et MCO des systèmes d'information : Fourniture d'espace d'hébergement sécurisé en salle dédiée en interne ou chez un prestataire hébergeur",
    "Hébergement, exploitation et MCO des systèmes d'information : Hébergement applicatif sur une infrastructure sécurisée, redondée de serveurs et de stockage avec son environnement logiciel (OS, SGBD, serveurs applicatifs, virtualisation...)",
    "Hébergement, exploitation et MCO des systèmes d'information : Ingénierie d'intégration, d'exploitation et de surveillance des services applicatifs hébergés et des infrastructures",
    "Hébergement, exploitation et MCO des systèmes d'information : Contractualisation et pilotage des prestations d'hébergements externalisés et suivi des engagements",
    "Hébergement, exploitation et MCO des systèmes d'information : Ingénierie, mise en œuvre et administration de réseaux et de télécommunication",
    "Hébergement, exploitation et MCO des systèmes d'information : Maintien en conditions opérationnelles des infrastructures (gestion des niveaux de services, incidents et maintenances sécurité)",
    "Hébergement, exploitation et MCO des réseaux : Ingénierie, mise en œuvre et administration de réseaux et de télécommunication",
    "Hébergement, exploitation et MCO des réseaux : Maintien en conditions opérationnelles des infrastructures et équipements (éléments actifs, bornes, fibre, ...) et notamment exploitation / construction / maintenance des réseaux GFU, WIFI privés et publics",
  ],
};

/** Engagement wordings of the indicator table (seed 000 § IV-b). */
export const BORDEAUX_MODEL_ENGAGEMENTS: Readonly<Record<string, string>> = {
  "1.1": "Produire et actualiser un plan d'actions pluriannuel pour la commune",
  "1.2": "Maîtriser les risques liés aux systèmes d'information",
  "2.1":
    "Réaliser les projets conformément aux priorités partagées et définies au schéma numérique communal",
  "2.2": "Maintenir les applications métiers du système d'information de la commune",
  "3.1": "Assurer le renouvellement des postes et environnements numérique de travail (PENT)",
  "3.2": "Maintenir les horaires d'ouverture du service d'assistance /support de la commune",
  "3.3": "Assurer la prise en compte de la demande ou de l'incident dans les meilleurs délais",
  "4.1":
    "Assurer la disponibilité et la continuité de service des applications et services métiers critiques",
  "4.2": "Assurer le stockage et la conservation des données et des informations de la commune",
};

/** Seed 000 art. 7, word for word; durations.ts turns it into dates. */
export const BORDEAUX_DURATION_CLAUSE =
  "Le présent contrat est conclu pour la durée du mandat municipal, avec renouvellement tacite dans les six mois qui suivent l'élection municipale.";

/**
 * Every 2018 RGPD amendment of seed 004 is signed for the Métropole by its President, Alain Juppé
 * (e.g. l.245, l.809); communes.json does not repeat it per commune.
 */
export const BORDEAUX_PRESIDENT_2016_2018 = { name: "Alain Juppé", role: "Président" } as const;
