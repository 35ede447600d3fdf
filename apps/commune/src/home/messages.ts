/** The words of the commune's home page. */
export const homeMessages = {
  title: "Accueil",
  lead: (name: string, commune: string) => `Bonjour ${name}. Vous agissez ici pour ${commune}.`,
  functionsTitle: "Vos fonctions",
  noFunctions:
    "Aucune fonction ne vous est attribuée pour l'instant : vous ne pouvez rien consulter. Demandez au référent du contrat de votre commune de vous en confier une.",
  permissionsTitle: "Ce que vous pouvez faire",
  permissionsIntro: "Vos fonctions vous permettent de :",
  shortcutsTitle: "Accès rapides",
  cards: {
    contract: {
      title: "Mon contrat",
      body: "Le contrat d'engagement de votre commune avec le service commun : ce qui est mutualisé, les engagements et leurs indicateurs.",
    },
    saisines: {
      title: "Saisines",
      body: "Vos demandes, incidents et demandes de conseil adressés au service commun, et leur suivi.",
    },
    rgpd: {
      title: "RGPD",
      body: "Les registres RGPD de votre commune : traitements, avis du DPO, violations, demandes des personnes, fin de conservation.",
    },
    account: {
      title: "Mon compte",
      body: "Votre nom, votre adresse électronique et vos fonctions.",
    },
  },
  soon: "Bientôt disponible",
} as const;
