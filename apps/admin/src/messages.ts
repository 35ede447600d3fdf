import { ofName } from "@mutu/domain";
/**
 * The admin SPA's app-wide words: navigation, sign-in, « Annuler », the refusals every page may
 * show. Each feature's words are in its folder's `messages.ts` (`peopleMessages`,
 * `contractsMessages`…).
 */
export const messages = {
  appName: "mutu · administration",
  tagline: "Espace du service commun",
  nav: {
    home: "Tableau de bord",
    organisations: "Organisations",
    people: "Personnes",
    tokens: "Jetons d'API",
    audit: "Journal d'audit",
    contracts: "Contrats",
    memberships: "Conventions",
    saisines: "Saisines",
    projects: "Projets",
    rgpd: "RGPD",
    communesDashboard: "Suivi des communes",
    indicators: "Indicateurs",
    reports: "Rapports annuels",
    meetings: "Gouvernance",
    account: "Mon compte",
    /** Groups of the navigation, each a button opening its pages' links. */
    groups: { monitoring: "Pilotage", administration: "Administration" },
  },
  cancel: "Annuler",
  close: "Fermer",
  /** A year typed in a form (contributions of the year, a target's year). */
  badYear: "Indiquez une année sur quatre chiffres.",
  signIn: {
    lead: "Espace réservé aux agents du service commun numérique.",
    help: "Compte bloqué ou adresse changée ? Adressez-vous à un administrateur de mutu de votre service.",
  },
  wrongSpace: {
    title: "Cet espace est réservé au service commun",
    body: (org: string) =>
      `Votre compte relève ${ofName(org)}. Les pages de votre commune se trouvent dans l'espace des communes.`,
    link: "Aller à l'espace des communes",
  },
  forbidden: {
    body: "Vos fonctions ne vous donnent pas accès à cette page. Si vous en avez besoin, adressez-vous à un administrateur de mutu.",
    back: "Retour au tableau de bord",
  },
  notFound: {
    body: "Cette adresse ne correspond à aucune page de l'espace du service commun.",
    back: "Retour au tableau de bord",
  },
} as const;
