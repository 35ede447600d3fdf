/** Every French string the shared components show on their own. Apps pass their own wording in. */
export const uiMessages = {
  skipLink: "Aller au contenu",
  mainNav: "Navigation principale",
  menu: "Menu",
  signedInAs: "Connecté en tant que",
  signOut: "Se déconnecter",
  signingOut: "Déconnexion…",
  required: "(obligatoire)",
  errorPrefix: "Erreur : ",
  loading: "Chargement…",
  close: "Fermer",
  errorSummaryTitle: "Le formulaire n'a pas pu être envoyé",
  errorCount: (n: number) =>
    n === 1 ? "1 champ est à corriger :" : `${n} champs sont à corriger :`,
  emptyTable: "Aucun élément à afficher.",
  table: {
    sortable: " : cliquer pour trier",
    sortedAsc: " : trié par ordre croissant, cliquer pour inverser",
    sortedDesc: " : trié par ordre décroissant, cliquer pour inverser",
    scrollHint: "Le tableau est plus large que l'écran : faites-le défiler horizontalement.",
  },
  pager: {
    label: "Pages",
    previous: "Page précédente",
    next: "Page suivante",
    first: "Première page",
    position: (page: string, pages: string) => `Page ${page} sur ${pages}`,
    positionOpen: (page: string) => `Page ${page}`,
  },
  pageContents: "Sur cette page",
  notAvailable: "—",
  copy: {
    done: "Texte copié dans le presse-papiers.",
    failed:
      "La copie automatique n'a pas fonctionné : le texte est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).",
  },
  notAvailableSpoken: "non renseigné",
  weekdays: {
    mon: "Lundi",
    tue: "Mardi",
    wed: "Mercredi",
    thu: "Jeudi",
    fri: "Vendredi",
    sat: "Samedi",
    sun: "Dimanche",
  },
  errors: {
    notFound:
      "Introuvable : l'adresse ne désigne aucun élément. Elle est peut-être incomplète, ou l'élément a été supprimé.",
    network:
      "Le serveur ne répond pas. Vérifiez votre connexion au réseau, puis réessayez dans quelques instants.",
    unexpected:
      "Une erreur inattendue est survenue. Réessayez ; si le problème persiste, prévenez le support du service commun.",
  },
  signIn: {
    email: "Adresse électronique",
    emailHint: "Par exemple : prenom.nom@commune.fr",
    password: "Mot de passe",
    submit: "Se connecter",
    submitting: "Connexion…",
    failed: "Connexion impossible",
  },
} as const;
