/** The words of the service commun's dashboards: its desk, the managers' view, one commune's. */
import { frenchAgreement as agree } from "@mutu/domain";
import { dashboardMessages } from "@mutu/web/dashboards";

export const dashboardsMessages = {
  desk: {
    title: "Ma file de saisines",
    lead: "Chaque nombre ouvre la file des saisines qu'il compte.",
    unassigned: "sans titulaire",
    unassignedSoon: (n: number) => `sans titulaire ${agree(n, "arrive", "arrivent")} à échéance`,
    unassignedBreached: (n: number) => `sans titulaire ${agree(n, "est", "sont")} en retard`,
    mine: (n: number) =>
      `${agree(n, "m'est attribuée", "me sont attribuées")}, à moi ou à mon équipe`,
    mineSoon: (n: number) => `des miennes ${agree(n, "arrive", "arrivent")} à échéance`,
    mineBreached: (n: number) => `des miennes ${agree(n, "est", "sont")} en retard`,
    toQualify: "à vérifier avant traitement",
    breached: "en retard, toutes communes",
    loading: "Chargement de la file…",
  },
  operator: {
    title: "Suivi des communes",
    lead: "Les saisines des communes membres sur la période : par commune, par centre de proximité et au total. Chaque nombre ouvre la liste qu'il compte.",
    loading: "Chargement du tableau de bord…",
    centres: "Centre de proximité",
    allCentres: "Tous les centres",
    noCentre: "Sans centre de proximité",
    totalTitle: (period: string, centre: string | null) =>
      centre ? `${centre} — ${period}` : `Toutes les communes — ${period}`,
    filed: (n: number) => `${agree(n, "déposée", "déposées")} sur la période`,
    open: "en cours aujourd'hui",
    breached: "en retard aujourd'hui",
    handling: "Prises en compte dans le délai",
    resolution: "Incidents résolus dans le délai",
    firstContact: "Résolus au premier contact",
    byCentreTitle: "Par centre de proximité",
    byCommuneTitle: "Par commune",
    byCentreCaption: (period: string) => `Saisines par centre de proximité — ${period}`,
    byCommuneCaption: (period: string) => `Saisines par commune — ${period}`,
    columns: {
      commune: "Commune",
      centre: "Centre de proximité",
      communes: "Communes",
      filed: "Déposées",
      previousYear: "Un an plus tôt",
      open: "En cours",
      breached: "En retard",
      handling: "Prise en compte dans le délai",
      resolution: "Résolution dans le délai",
      firstContact: "Premier contact",
      indicators: "Indicateurs",
    },
    indicatorsOf: (commune: string) => `Indicateurs de ${commune}`,
    openCommune: (commune: string) => `Tableau de bord de ${commune}`,
    chartsTitle: (period: string) => `Saisines de la période — ${period}`,
    ageingTitle: "Saisines ouvertes",
    trendTitle: "Tendance sur dix ans, toutes les communes",
    trendLead:
      "Les saisines de toutes les communes membres, mois par mois, et la part des délais tenus.",
    loadingTrend: "Chargement de la tendance…",
  },
  commune: {
    ...dashboardMessages.commune,
    title: (commune: string) => `Tableau de bord de ${commune}`,
    back: "Retour au suivi des communes",
    backlogLead: "Chaque nombre ouvre la file des saisines de la commune qu'il compte.",
    ownOnly: "",
    allIndicators: "Voir tous les indicateurs du contrat et saisir les mesures",
  },
};
