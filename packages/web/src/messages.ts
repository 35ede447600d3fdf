/** The French words both SPAs show alike around the session: each app passes in its own wording. */
export const webMessages = {
  footer:
    "mutu — l'outil partagé entre les communes et leur service commun numérique. Logiciel libre.",
  formInvalid: "Certaines informations sont invalides : corrigez les champs signalés.",
  loadingSession: "Vérification de votre session…",
  sessionError: {
    title: "Service momentanément indisponible",
    retry: "Réessayer",
  },
  signOutFailed: "La déconnexion n'a pas abouti. Réessayez.",
  signIn: {
    title: "Connexion",
    signedOut: "Déconnexion effectuée. À bientôt !",
    expired: "Votre session a expiré : reconnectez-vous pour continuer.",
  },
  sessionTimeout: {
    title: "Votre session va bientôt expirer",
    idle: (delay: string) => `Sans action de votre part, vous serez déconnecté dans ${delay}.`,
    absolute: (hours: number) =>
      `Pour des raisons de sécurité, une session dure au plus ${hours} heures : enregistrez votre travail, puis reconnectez-vous.`,
    absoluteDelay: (delay: string) => `Vous serez déconnecté dans ${delay}.`,
    minutes: (count: number) => (count > 1 ? `${count} minutes` : "1 minute"),
    stay: "Rester connecté",
    staying: "Prolongation…",
    stayFailed: "La session n'a pas pu être prolongée. Réessayez.",
    signOut: "Se déconnecter",
    signingOut: "Déconnexion…",
    ok: "OK",
  },
  forbiddenTitle: "Accès non autorisé",
  notFoundTitle: "Page introuvable",
} as const;
