/** The words of the commune's annual report pages. */
export const reportsMessages = {
  list: {
    title: "Rapports annuels d'évaluation",
    lead: "Chaque année, le service commun rend compte de l'exécution du contrat : il prépare le rapport à partir des données de l'année, la commune le relit et donne son appréciation, puis le service commun le valide et le lui envoie au plus tard le 31 mars de l'année suivante. La commune le présente ensuite à son conseil municipal pour information.",
    caption: "Les rapports de la commune",
    year: "Année",
    status: "État",
    sentOn: "Envoyé le",
    presentedOn: "Présenté au conseil le",
    none: "Aucun rapport annuel pour le moment. Le service commun prépare chaque rapport à partir des données de l'année et l'envoie à la commune au plus tard le 31 mars de l'année suivante.",
    loading: "Chargement des rapports…",
  },
  page: {
    title: (year: number) => `Rapport annuel ${year}`,
    back: "Tous les rapports",
    loading: "Chargement du rapport…",
    missing: "Le service commun n'a pas encore préparé ce rapport.",
    reviewTitle: "Relecture par la commune",
    reviewLead:
      "Donnez l'appréciation de la commune sur l'année : elle figurera dans le rapport, à côté de celle du service commun.",
    communeComment: "Appréciation de la commune",
    review: "Enregistrer la relecture",
    reviewing: "Enregistrement…",
    reviewed: "Relecture enregistrée : le service commun peut valider le rapport.",
    reviewFailed: "La relecture n'a pas été enregistrée.",
    presentTitle: "Présentation au conseil municipal",
    presentLead:
      "Le rapport est présenté aux instances délibératives communales pour information (article 5 du contrat).",
    councilDate: "Date de la séance",
    present: "Enregistrer la présentation",
    presenting: "Enregistrement…",
    presented: "Présentation au conseil municipal enregistrée.",
    presentFailed: "La présentation n'a pas été enregistrée.",
  },
};
