/** The words of dashboards both spaces show alike. */
import { frenchAgreement as agree } from "@mutu/domain";

export const dashboardMessages = {
  period: {
    legend: "Période affichée",
    year: "Année",
    part: "Sur",
    wholeYear: "l'année entière",
    quarter: (n: number) => `${n === 1 ? "1er" : `${n}e`} trimestre`,
    show: "Afficher",
  },
  share: (percent: string, met: string, total: string) => `${percent} (${met} sur ${total})`,
  notMeasured: "Non mesuré",
  change: (percent: string) => `${percent} par rapport à l'an passé`,
  noPrevious: "rien l'an passé à comparer",
  chart: {
    loading: "Chargement du graphique…",
    // Narrow no-break spaces inside the quotes: « » never stands alone at the start of a line.
    data: (title: string) => `Données du graphique «\u202f${title}\u202f»`,
    category: "Catégorie",
  },
  series: {
    filed: "Déposées",
    previousYear: "Déposées un an plus tôt",
    closed: "Closes",
    backlog: "En cours en fin de mois",
    handling: "Prises en compte dans le délai (%)",
    resolution: "Incidents résolus dans le délai (%)",
    firstContact: "Résolus au premier contact (%)",
    count: "Saisines",
    handled: "Prises en compte",
    resolved: "Incidents résolus",
    incidents: "Incidents",
    others: "Autres saisines",
  },
  charts: {
    title: "Graphiques de la période",
    byMonth: "Saisines par mois",
    byMonthLead: "Déposées chaque mois, et un an plus tôt.",
    byType: "Par type",
    byNature: "Par nature",
    bySubDomain: "Par sous-domaine",
    byChannel: "Par canal",
    byCriticality: "Par criticité",
    delays: "Répartition des délais",
    delaysLead: "En temps ouvré, sur les horaires de support de la commune.",
    compliance: "Respect des délais, mois par mois",
    complianceLead: "Part des saisines dans le délai enregistré sur chacune.",
    backlog: "Stock de saisines",
    backlogLead: "Saisines en cours à la fin de chaque mois, déposées et closes.",
    ageing: "Ancienneté des saisines ouvertes",
    applications: "Applications les plus concernées",
    applicationsLead:
      "Saisines déposées sur la période qui nomment une application de l'inventaire.",
    noApplication: "Aucune saisine de la période ne nomme d'application.",
    trend: "Saisines sur dix ans",
    trendLead: "Déposées et closes chaque mois.",
    trendSummary: (filed: string, from: string, to: string) =>
      `Saisines sur dix ans : ${filed} déposées de ${from} à ${to}.`,
    trendCompliance: "Respect des délais sur dix ans",
    trendTitle: "Tendance",
  },
  /** A commune's dashboard, in both spaces (each adds how its counts open and its links' words). */
  commune: {
    backlogTitle: "Saisines en cours",
    open: (n: number) => agree(n, "ouverte", "ouvertes"),
    waitingForCommune: (n: number) =>
      `${agree(n, "attend", "attendent")} une réponse de la commune`,
    dueSoon: (n: number) => `${agree(n, "arrive", "arrivent")} à échéance`,
    breached: (n: number) => `${agree(n, "est", "sont")} en retard`,
    indicatorsTitle: (period: string) => `Engagements du contrat — ${period}`,
    indicatorsLead:
      "Les délais du contrat mesurés sur les saisines de la période, au regard de la cible de l'annexe en vigueur.",
    chartsTitle: (period: string) => `Saisines de la période — ${period}`,
    trendTitle: "Tendance sur dix ans",
    trendLead: "Les saisines de la commune mois par mois, et la part des délais tenus.",
    loadingTrend: "Chargement de la tendance…",
  },
  exports: {
    title: "Exporter",
    lead: "Les tableaux de cette page, pour un tableur.",
    busy: "Préparation du fichier…",
    done: (name: string) => `Fichier « ${name} » téléchargé.`,
  },
};
