/** The French words both SPAs show alike around the session: each app passes in its own wording. */
export const webMessages = {
  footer:
    "mutu — l'outil partagé entre les communes et leur service commun numérique. Logiciel libre.",
  loadingSession: "Vérification de votre session…",
  sessionError: {
    title: "Service momentanément indisponible",
    retry: "Réessayer",
  },
  signOutFailed: "La déconnexion n'a pas abouti. Réessayez.",
  signIn: {
    title: "Connexion",
    signedOut: "Déconnexion effectuée. À bientôt !",
    expired: "Votre session a expiré : reconnectez-vous pour continuer.",
  },
  forbiddenTitle: "Accès non autorisé",
  notFoundTitle: "Page introuvable",
} as const;
