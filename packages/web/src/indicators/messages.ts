/** The words of indicators both spaces show alike. */
export const indicatorMessages = {
  measures: {
    computed: "Calculé à partir des saisines",
    projects: "Calculé à partir des projets et de leur charge",
    entered: "Mesure saisie, avec sa preuve",
    untracked: "Non suivi dans mutu",
  },
  target: "Cible du contrat",
  observed: "Niveau constaté à la signature",
  periodicity: "Périodicité",
  source: "Source",
  scope: "Mesure",
  count: "Saisines mesurées",
  median: "Médiane",
  p90: "90e centile",
  compliance: "Dans le délai enregistré",
  rules: "Engagement par règle",
  rule: (description: string, share: string, required: string) =>
    `${description} — atteint : ${share} (exigé : ${required})`,
  /** A rule of an indicator nothing measured yet (its badge says « Non mesuré »). */
  ruleRequired: (description: string, required: string) => `${description} (exigé : ${required})`,
  met: "dans le délai",
  missed: "hors délai",
  businessTime: (text: string) => `${text} ouvrées`,
  referenceNote: (from: string, to: string) =>
    `Première année du contrat (du ${from} au ${to}) : les mesures constituent le niveau de référence (article 2 du contrat d'engagement), elles ne sont pas jugées.`,
  firstContact: "Incidents résolus au premier contact avec le centre d'appel",
  firstContactLead:
    "Parmi les incidents enregistrés par le centre d'appel (téléphone, courrier, courriel, accueil).",
  volumes: "Saisines déposées",
  volumesPrevious: (n: string) => `${n} un an plus tôt`,
  entry: {
    by: (who: string, functions: string) => (functions ? `${who} (${functions})` : who),
    measuredOn: (date: string) => `mesuré le ${date}`,
    enteredAt: (date: string) => `saisi le ${date}`,
    replaced: (n: number) =>
      n === 1 ? "remplace une saisie antérieure" : `remplace ${n} saisies antérieures`,
    evidence: "Preuve",
    link: "Ouvrir le lien (nouvel onglet)",
    file: (name: string, size: string) => `Télécharger ${name} (${size})`,
    note: "Commentaire",
  },
  periodNotEnded: "Période en cours : la mesure se saisit une fois la période terminée.",
  judgedOn: (date: string) => `Annexe du contrat en vigueur le ${date}.`,
};
