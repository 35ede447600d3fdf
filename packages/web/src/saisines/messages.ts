/** The words of a saisine both spaces show alike; each space's own sentences stay in its messages. */
export const saisineMessages = {
  dueStates: {
    breached: "En retard",
    "due-soon": "Échéance proche",
    "on-time": "Dans les délais",
    paused: "Délai suspendu",
  },
  files: {
    label: "Pièces jointes",
    hint: (types: string, max: string, count: number) =>
      `Facultatif. ${types} ; ${max} au plus par fichier, ${count} fichiers au plus.`,
    chosen: (n: number) => (n === 1 ? "1 fichier choisi :" : `${n} fichiers choisis :`),
  },
  filed: {
    reference: "Référence",
    status: "Statut",
    communeFunction: "Côté commune",
    anyone: "Toute personne de la commune",
    sharedFunction: "Traitée par",
    proximity: "Centre de proximité",
    notProximity: "Non concerné",
    handlingDue: "Prise en compte avant le",
    resolutionDue: "Résolution avant le",
    noDue: "Pas d'échéance calculée",
    exceptional:
      "Saisine exceptionnelle : aucun délai ne court avant la décision des responsables de la commune et du service commun.",
    uploaded: (name: string) => `Pièce jointe « ${name} » ajoutée.`,
  },
  conflict: {
    title: "Saisine modifiée entre-temps",
    reload: "Recharger la saisine",
  },
  cancel: "Annuler",
  timeline: {
    empty: "Aucun événement.",
    changed: (what: string, before: string, after: string) => `${what} : ${before} → ${after}`,
  },
  attachments: {
    title: "Pièces jointes",
    none: "Aucune pièce jointe.",
    caption: (n: number) => `Pièces jointes (${n})`,
    name: "Fichier",
    size: "Taille",
    visibility: "Visibilité",
    added: "Ajoutée",
    addedBy: (who: string, date: string) => `par ${who}, le ${date}`,
    download: "Télécharger",
    downloadLabel: (name: string) => ` « ${name} »`,
    downloading: "Téléchargement…",
    downloaded: (name: string) => `Fichier « ${name} » téléchargé.`,
  },
} as const;
