import { ofName } from "@mutu/domain";
/**
 * The commune SPA's app-wide words: navigation, sign-in, the refusals every page may show. Each
 * feature's words are in its folder's `messages.ts` (`contractsMessages`, `membershipsMessages`…).
 */
export const messages = {
  appName: "mutu",
  tagline: "Espace des communes",
  nav: {
    home: "Accueil",
    contract: "Mon contrat",
    indicators: "Indicateurs",
    saisines: "Saisines",
    reports: "Rapports annuels",
    projects: "Projets",
    rgpd: "RGPD",
    meetings: "Gouvernance",
    account: "Mon compte",
  },
  signIn: {
    lead: "Connectez-vous avec l'adresse électronique et le mot de passe que le service commun vous a communiqués.",
    help: "Compte bloqué ou adresse changée ? Adressez-vous au référent du contrat de votre commune ou au centre d'appel du service commun.",
  },
  wrongSpace: {
    title: "Cet espace est réservé aux communes",
    body: (org: string) =>
      `Votre compte relève ${ofName(org)}, qui assure le service commun. Ses outils se trouvent dans l'espace du service commun.`,
    link: "Aller à l'espace du service commun",
  },
  forbidden: {
    body: "Vos fonctions ne vous donnent pas accès à cette page. Si vous en avez besoin, adressez-vous au référent du contrat de votre commune.",
    back: "Retour à l'accueil",
  },
  notFound: {
    body: "Cette adresse ne correspond à aucune page de l'espace des communes.",
    back: "Retour à l'accueil",
  },
} as const;
