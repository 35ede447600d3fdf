/** The words of a saisine both spaces show alike; each space's own sentences stay in its messages. */
export const saisineMessages = {
  /** A saisine's facts, as both spaces' summaries name them. */
  facts: {
    status: "Statut",
    type: "Type",
    nature: "Nature",
    criticality: "Criticité",
    subDomain: "Sous-domaine",
    site: "Site",
    application: "Application",
    firstContact: "Premier contact",
    firstContactResolved: "Résolue par le centre d'appel lors de son enregistrement",
    description: "Description",
    noDescription: "Aucune description.",
    filed: "Déposée",
    filedOn: (date: string, who: string, channel: string) => `le ${date} par ${who} (${channel})`,
    resident: "Administré",
    residentContact: (name: string, contact: string) => `${name} — ${contact}`,
    residentNone: "Aucun moyen de contact",
    residentAnonymised: "Données de l'administré supprimées (délai de conservation écoulé).",
    residentPurge: (date: string) => `Ces données seront supprimées le ${date}.`,
    anyone: "Toute personne de la commune",
  },
  /** The resident a saisine is filed for, as both filing forms ask for them. */
  residentFields: {
    residentName: "Nom de l'administré",
    residentContact: "Un moyen de le joindre",
    residentContactHint:
      "Une adresse électronique ou un numéro de téléphone français, par exemple 06 12 34 56 78.",
    residentNotice: (months: number) =>
      `Ces données sont conservées ${months} mois après la clôture de la saisine, puis supprimées. N'indiquez rien d'autre sur l'administré.`,
  },
  /** A list opened from a dashboard's count: what it holds, and how many. */
  drillDown: {
    counting: "Décompte en cours…",
    count: (n: string, count: number) => (count > 1 ? `${n} saisines` : `${n} saisine`),
    matching: "correspondant à :",
    reset: "Retirer ces filtres",
    allStatuses: "tous statuts, closes comprises",
    status: (label: string) => `statut « ${label} »`,
    period: (event: string, period: string) => `${event} en ${period}`,
    type: (label: string) => `type « ${label} »`,
    nature: (label: string) => `nature « ${label} »`,
    subDomain: (label: string) => `sous-domaine « ${label} »`,
    criticality: (label: string) => `criticité « ${label} »`,
    due: { soon: "échéance proche", breached: "en retard" },
    application: (name: string) => `application « ${name} »`,
    channel: (label: string) => `reçues par ${label.toLowerCase()}`,
    callCentre: "enregistrées par le centre d'appel",
    firstContact: "résolues au premier contact",
    handling: "prise en compte",
    resolution: "résolution",
    scopes: {
      general: "hors incidents d'hébergement",
      infrastructure: "incidents d'hébergement et d'exploitation (D)",
    },
    delay: (measure: string, scope: string, outcome: string, bucket: string) =>
      [`délai de ${measure}`, scope, outcome, bucket ? `durée : ${bucket}` : ""]
        .filter(Boolean)
        .join(", "),
    age: (label: string) => `ouvertes depuis ${label}`,
  },
  /** A delay without a due date: its target still to agree, or not one the contract sets. */
  delayWithoutTarget: {
    toDefine: (measured: string) => `Délai cible à définir — mesuré : ${measured} ouvrées`,
    none: "Le contrat ne fixe pas ce délai pour cette saisine.",
    noneByConvention: "La convention ne fixe pas de délai.",
  },
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
