/** The words of the inbox, its link in the header and the choices of notification. */
export const notificationsMessages = {
  link: "Notifications",
  unread: (n: number) =>
    n === 0 ? "aucune non lue" : n === 1 ? "1 non lue" : `${n > 99 ? "99+" : n} non lues`,
  title: "Notifications",
  lead: "Ce qui vous concerne sur les saisines : attributions, délais, réponses, commentaires et décisions attendues.",
  filterForm: "Notifications à afficher",
  filter: "Notifications affichées",
  show: "Afficher",
  all: "Toutes",
  unreadOnly: "Non lues seulement",
  caption: (shown: string, more: boolean) =>
    `${shown} notification${shown === "1" ? "" : "s"}${more ? " (les plus récentes)" : ""}`,
  empty:
    "Aucune notification pour l'instant : elles arrivent ici dès qu'une saisine vous concerne.",
  emptyUnread: "Aucune notification non lue : vous avez tout lu.",
  open: (reference: string) => `Ouvrir la saisine ${reference}`,
  gone: "Saisine introuvable : elle ne vous est plus accessible.",
  markRead: "Marquer comme lue",
  markReadOf: (title: string) => ` : ${title}`,
  markedRead: "Notification marquée comme lue.",
  markAll: "Tout marquer comme lu",
  markingAll: "Enregistrement…",
  markedAll: (n: number) =>
    n === 0
      ? "Aucune notification à marquer."
      : n === 1
        ? "1 notification marquée comme lue."
        : `${n} notifications marquées comme lues.`,
  unreadBadge: "Non lue",
  by: (who: string) => `Par ${who}`,
  loading: "Chargement des notifications…",
  more: "Afficher les notifications précédentes",
  loadingMore: "Chargement…",
  loaded: (count: string) => `${count} notifications affichées.`,
  failed: "L'action n'a pas abouti",
  preferences: {
    title: "Recevoir par courriel",
    lead: "Pour chaque sorte de notification, choisissez si elle vous parvient aussi par courriel (à votre adresse de connexion). Elles restent toutes sur cette page.",
    submit: "Enregistrer mes choix",
    submitting: "Enregistrement…",
    saved: "Vos choix de notification sont enregistrés.",
    failed: "Vos choix n'ont pas été enregistrés",
    loading: "Chargement de vos choix…",
  },
} as const;
