/**
 * The words of a contract's annex as both spaces show it (the commune's « Mon contrat », the
 * Métropole's contract page): its state, sections and their tables.
 */
import { uiMessages } from "@mutu/ui";

export const annexMessages = {
  status: {
    draft: "En préparation",
    signed: "Signé, pas encore en vigueur",
    "in-force": "En vigueur",
    ended: "Terminé",
  },

  contents: {
    summary: "Le contrat en bref",
    perimeter: "Ce qui est mutualisé",
    priorities: "Priorités de la commune",
    indicators: "Engagements et indicateurs",
    support: "Horaires d'assistance",
    governance: "Instances de suivi",
    matrix: "Qui saisir pour quoi",
    applications: "Inventaire des applications",
    rgpd: "Protection des données (RGPD)",
    history: "Avenants et versions",
  },

  summary: {
    version: "Version consultée",
    subject: "Objet",
    status: "État du contrat",
    metropole: "Pour le service commun",
    commune: "Pour la commune",
    signatory: (party: string, who: string) => `${party}, représentée par ${who}`,
    unknownSignatory: "signataire non précisé",
    contractSignedOn: "Contrat signé le",
    versionSignedOn: "Cette version signée le",
    undated: "non datée dans le document signé",
    inForce: "Période de validité",
    period: (from: string, to: string | null) =>
      to ? `du ${from} au ${to}` : `à partir du ${from}`,
    notInForce: "Jamais entrée en vigueur",
    duration: "Durée",
    renewal: "Prochain renouvellement",
    renewalPostElection: (date: string, year: number) =>
      `Renouvellement tacite acquis le ${date}, à l'issue des six mois qui suivent les élections municipales de ${year}.`,
    renewalAnniversary: (date: string, term: number | null) =>
      `Renouvellement tacite le ${date}${term ? ` (${term}e année)` : ""}.`,
    noRenewal:
      "Renouvellement tacite dans les six mois qui suivront les prochaines élections municipales, dont la date n'est pas encore fixée.",
    end: "Fin du contrat",
    endsOn: (date: string) => `Dernier jour en vigueur : ${date}.`,
    noticeGivenOn: (date: string) => `Préavis donné le ${date}.`,
    ccas: "Centre communal d'action sociale",
    ccasIncluded: "Le contrat couvre aussi le CCAS de la commune.",
    ccasExcluded: "Le CCAS n'est pas couvert par ce contrat.",
    domain: "Domaine mutualisé",
    responsibles: "Responsables du suivi du contrat",
    communeSide: "Côté commune",
    sharedSide: "Côté service commun",
    projectDays: "Jours consacrés aux projets",
    days: (n: string) => `${n} jours par an`,
    notSpecified: "Non précisé",
  },

  perimeter: {
    heading: (letter: string, title: string) => `${letter}. ${title}`,
    mutualised: "Mutualisé",
    notMutualised: "Non mutualisé",
    activities: "Activités mutualisées",
    noActivities: "Aucune activité mutualisée dans ce sous-domaine.",
    exclusions: "Exclusions : ce que la commune garde",
    noExclusions: "Aucune exclusion.",
    unassigned: "Activités et exclusions non rattachées à un sous-domaine",
  },

  priorities: {
    none: "Aucune priorité n'est inscrite dans cette version du contrat.",
    nature: "Nature",
    objective: "Objectif",
    stakes: "Enjeux",
  },

  indicators: {
    lead: "Chaque engagement du service commun se mesure par des indicateurs : leur périodicité, leur source, le niveau constaté au moment du transfert et la cible convenue.",
    caption: (letter: string, title: string) => `Sous-domaine ${letter} — ${title}`,
    indicator: "Indicateur",
    engagement: "Engagement",
    periodicity: "Périodicité",
    source: "Source",
    observed: "Niveau constaté au transfert",
    target: "Cible",
    notMeasured: "Non mesuré",
    asWritten: "Texte du contrat :",
    conditions: "Conditions :",
    none: "Aucun indicateur dans ce sous-domaine.",
  },

  support: {
    asWritten: "Horaires tels qu'écrits au contrat",
    caption: "Horaires d'assistance, jour par jour",
    onCallCaption: "Horaires d'astreinte, jour par jour",
    day: "Jour",
    hours: "Horaires",
    closed: "Fermé",
    notMentioned: "Non précisé au contrat",
    unusable:
      "Le contrat ne donne pas d'horaires exploitables : les délais de traitement ne peuvent pas s'y appuyer tant qu'ils ne sont pas précisés.",
    interval: (from: string, to: string) => `${from}–${to}`,
    days: uiMessages.weekdays,
    urgentAlwaysOpen:
      "Les urgences sont traitées 24 h/24, 7 j/7 : leurs délais courent aussi la nuit, le week-end et les jours fériés.",
    closures: "Fermetures du service",
    closuresLead: "Ces jours-là, les délais ne courent pas (sauf pour les astreintes ci-dessous).",
    events: "Astreintes pour des événements",
    eventsLead: "Pendant ces astreintes, les délais des urgences courent.",
  },

  governance: {
    caption: "Instances de gouvernance et leur fréquence",
    body: "Instance",
    frequency: "Fréquence",
    note: "Remarque",
    none: "Aucune instance n'est inscrite dans cette version.",
  },

  matrix: {
    lead: "Selon la nature de la demande et le sous-domaine concerné : qui saisit côté commune, et qui répond côté service commun.",
    caption: "Matrice des saisines : nature de la demande × sous-domaine",
    nature: "Nature de la saisine",
    natures: {
      ordinaire: "Ordinaire",
      urgence: "Urgence",
      exceptionnelle: "Exceptionnelle",
    },
    column: (letter: string, title: string) => `${letter}. ${title}`,
    commune: "Commune :",
    shared: "Service commun :",
    note: "Remarque :",
    empty: "Non précisé",
  },

  applications: {
    none: "Aucun inventaire des applications n'est annexé à cette version du contrat.",
    empty: "L'inventaire annexé ne contient aucune application.",
    caption: (n: string) => `Applications et partage des responsabilités (${n})`,
    name: "Application",
    vendor: "Éditeur",
    description: "Description",
    responsibility: "Responsabilité",
    note: "Remarque",
    responsibilities: {
      "shared-service": "Service commun",
      commune: "Commune",
      shared: "Partagée",
    },
  },

  rgpd: {
    none: "Cette version de l'annexe ne contient pas d'options RGPD : elles sont apparues avec les avenants de 2018.",
    dpoShared: "Délégué à la protection des données mutualisé",
    breachesHandledBy: "Gestion des violations de données",
    dataSubjectRequestsHandledBy: "Demandes des personnes concernées",
    subProcessorSelection: "Choix des sous-traitants",
    legacyProcessingInventoryDue: "Inventaire des traitements existants, au plus tard le",
    yes: "Oui",
    no: "Non",
    handlers: { commune: "La commune", metropole: "Le service commun (Métropole)" },
    notSpecified: "Non précisé",
  },
} as const;
