/** Every word the commune SPA shows, in one place so the wording can be reviewed as a whole. */
export const messages = {
  appName: "mutu",
  tagline: "Espace des communes",
  footer:
    "mutu — l'outil partagé entre les communes et leur service commun numérique. Logiciel libre.",
  nav: {
    home: "Accueil",
    contract: "Mon contrat",
    saisines: "Saisines",
    account: "Mon compte",
  },
  loadingSession: "Vérification de votre session…",
  sessionError: {
    title: "Service momentanément indisponible",
    retry: "Réessayer",
  },
  signOutFailed: "La déconnexion n'a pas abouti. Réessayez.",
  signIn: {
    title: "Connexion",
    lead: "Connectez-vous avec l'adresse électronique et le mot de passe que le service commun vous a communiqués.",
    signedOut: "Déconnexion effectuée. À bientôt !",
    expired: "Votre session a expiré : reconnectez-vous pour continuer.",
    help: "Mot de passe oublié ou compte bloqué ? Adressez-vous au référent du contrat de votre commune ou au centre d'appel du service commun.",
  },
  wrongSpace: {
    title: "Cet espace est réservé aux communes",
    body: (org: string) =>
      `Votre compte relève de ${org}, qui assure le service commun. Ses outils se trouvent dans l'espace du service commun.`,
    link: "Aller à l'espace du service commun",
  },
  home: {
    title: "Accueil",
    lead: (name: string, commune: string) => `Bonjour ${name}. Vous agissez ici pour ${commune}.`,
    functionsTitle: "Vos fonctions",
    noFunctions:
      "Aucune fonction ne vous est attribuée pour l'instant : vous ne pouvez rien consulter. Demandez au référent du contrat de votre commune de vous en confier une.",
    permissionsTitle: "Ce que vous pouvez faire",
    permissionsIntro: "Vos fonctions vous permettent de :",
    shortcutsTitle: "Accès rapides",
    cards: {
      contract: {
        title: "Mon contrat",
        body: "Le contrat d'engagement de votre commune avec le service commun : ce qui est mutualisé, les engagements et leurs indicateurs.",
      },
      saisines: {
        title: "Saisines",
        body: "Vos demandes, incidents et demandes de conseil adressés au service commun, et leur suivi.",
      },
      account: {
        title: "Mon compte",
        body: "Votre nom, votre adresse électronique et vos fonctions.",
      },
    },
    soon: "Bientôt disponible",
  },
  comingSoon: {
    badge: "Bientôt disponible",
    intro: "Cette page est en préparation. Rien n'y est encore affiché : elle présentera bientôt",
  },
  contract: {
    title: "Mon contrat",
    lead: (commune: string) =>
      `Le contrat d'engagement qui lie ${commune} au service commun numérique.`,
    contents: [
      "les parties, les signataires, la date de signature et la durée du contrat (le mandat municipal, renouvelé tacitement) ;",
      "les domaines mutualisés et, pour le numérique, les activités et les exclusions de chaque sous-domaine : stratégie et sécurité, projets, postes de travail et assistance, hébergement et exploitation ;",
      "les priorités de votre commune ;",
      "les engagements du service commun et leurs indicateurs : niveau observé au transfert, cible, périodicité — ou « pas encore mesuré » tant que ce n'est pas le cas ;",
      "les horaires de support de votre commune et les instances de suivi (comités, points d'avancement, rapport annuel) ;",
      "la matrice des saisines : qui saisit et qui répond, selon la nature de la demande ;",
      "les avenants, avec ce que chacun a changé et la version en vigueur à chaque date ;",
      "l'inventaire des applications et le partage des responsabilités entre la commune et le service commun.",
    ],
    meanwhile:
      "En attendant, le contrat signé reste la référence : le référent du contrat de votre commune en détient un exemplaire.",
  },
  saisines: {
    title: "Saisines",
    lead: "Les demandes que votre commune adresse au service commun.",
    contents: [
      "le dépôt d'une saisine : incident, demande ou conseil, de nature ordinaire, urgente ou exceptionnelle ;",
      "son suivi : qui la traite, où elle en est, les délais prévus par votre contrat, calculés sur vos horaires de support ;",
      "la réponse du service commun, à transmettre le cas échéant à l'administré qui vous a saisi ;",
      "l'historique des saisines de votre commune, dont les demandes exceptionnelles et leurs arbitrages.",
    ],
    meanwhile:
      "En attendant, continuez à saisir le centre d'appel du service commun par les moyens habituels (téléphone, messagerie).",
  },
  account: {
    title: "Mon compte",
    name: "Nom",
    email: "Adresse électronique",
    organisation: "Commune",
    functions: "Fonctions",
    noFunctions: "Aucune fonction",
    changes:
      "Pour corriger ces informations ou changer de fonctions, adressez-vous au référent du contrat de votre commune ou au service commun.",
  },
  forbidden: {
    title: "Accès non autorisé",
    body: "Vos fonctions ne vous donnent pas accès à cette page. Si vous en avez besoin, adressez-vous au référent du contrat de votre commune.",
    back: "Retour à l'accueil",
  },
  notFound: {
    title: "Page introuvable",
    body: "Cette adresse ne correspond à aucune page de l'espace des communes.",
    back: "Retour à l'accueil",
  },
} as const;
