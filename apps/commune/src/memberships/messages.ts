/** The words of a convention member's « Mon contrat »: its adhesion, contributions, simulation. */
export const membershipsMessages = {
  loading: "Chargement de votre adhésion…",
  contents: {
    membership: "Votre adhésion",
    contributions: "Vos contributions",
    simulation: "Simuler une autre formule",
  },
  membership: {
    title: "Convention",
    subscription: "Formule en vigueur",
    noSubscription: "Aucune formule en cours",
    since: "Depuis le",
    decision: "Décision",
    decidedOn: (date: string) => ` du ${date}`,
    status: "État",
    renewal: "Prochain renouvellement",
    renewalOn: (date: string, term: number | null) =>
      `Tacite reconduction le ${date}${term ? ` (${term}e année)` : ""}.`,
    noRenewal: "Aucun renouvellement à venir.",
    notice: "Préavis",
    noNotice:
      "Aucun préavis donné. La résiliation se décide par délibération, avec un préavis de 12 mois.",
    noticeGiven: (date: string, end: string) =>
      `Préavis donné le ${date} : la convention prend fin après le ${end}.`,
    periodsCaption: "Vos formules successives",
    period: "Formule",
    from: "Du",
    to: "Au (exclu)",
    state: "État",
    inForce: "En vigueur",
    notInForce: "Terminée ou à venir",
    level1: "Part du niveau 1 (prestations ponctuelles)",
    level1Days: (days: string, tier: string, pool: string, rate: string) =>
      `${days} jours par an (tranche ${tier}, sur un volume mutualisé de ${pool} jours) ; au-delà, ${rate} la demi-journée.`,
    population: "Population retenue",
    inhabitants: (n: string) => `${n} habitants`,
  },
  contributions: {
    lead: "Le montant hors taxes dû au service commun, par année civile, avec son détail.",
    caption: (year: number) => `Contribution ${year}`,
    basis: {
      "first-year": "Première année de la formule",
      "following-years": "Années suivantes",
      none: "Aucune contribution",
    },
    nothing: (year: number) => `Aucune contribution due pour ${year}.`,
    needsReview:
      "Au-delà de 8 000 habitants, ou avec un service informatique propre, le montant du socle complet est à confirmer après un examen approfondi.",
  },
  simulation: {
    lead: "Estimez ce que coûterait une autre formule. Rien n'est enregistré : pour changer de formule, votre commune prend une décision et en informe le service commun.",
    population: "Population",
    populationHint:
      "Celle de votre commune par défaut ; une autre pour estimer une autre situation.",
    subscription: "Formule",
    auditInvoicedOn: "Audit facturé le",
    auditHint:
      "Facultatif. Pour le socle complet : adhérer dans les 6 mois qui suivent la facturation de l'audit déduit son prix de la première année.",
    joinedOn: "Adhésion à partir du",
    joinedHint: "Facultatif, sauf pour le socle complet après un audit.",
    extraHalfDays: "Demi-journées supplémentaires de niveau 1",
    extraHint: "Facultatif. Au-delà de votre part du volume mutualisé, par an.",
    submit: "Simuler",
    submitting: "Simulation…",
    failed: "La simulation n'a pas abouti",
    fix: "Corrigez les champs signalés, puis relancez la simulation.",
    invalidNumber: "Indiquez un nombre entier.",
    resultTitle: (label: string) => `Résultat : ${label}`,
    firstYear: "Première année",
    followingYears: "Années suivantes",
    caption: "Détail de la première année",
    total: "Total de la première année",
    forPopulation: (n: string) => `Pour ${n} habitants.`,
    needsReview:
      "Au-delà de 8 000 habitants, le socle complet demande un examen approfondi : ce montant est indicatif.",
    level1: (days: string, rate: string) =>
      `Part du niveau 1 : ${days} jours par an ; au-delà, ${rate} la demi-journée.`,
    done: (label: string, amount: string) => `Simulation : ${label}, première année ${amount}.`,
  },
} as const;
