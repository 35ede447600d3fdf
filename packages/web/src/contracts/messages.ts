import { frenchNumero } from "@mutu/domain";
import { uiMessages } from "@mutu/ui";
/** The words of a contract's changes, the same in both spaces. */
export const diffMessages = {
  /** Choosing the two versions to compare. */
  pick: { from: "Version de départ", to: "Version d'arrivée", submit: "Comparer" },
  kind: "Nature",
  change: "Changement",
  before: "Avant",
  after: "Après",
  kinds: { added: "Ajout", removed: "Retrait", changed: "Modification" },
  notApplicable: "sans objet",
  empty: "non renseigné",
  groupCaption: (title: string, n: number) => `${title} (${n})`,
  groups: {
    general: "Parties, dates et durée",
    perimeter: "Périmètre mutualisé",
    priorities: "Priorités",
    responsibles: "Responsables du suivi",
    indicators: "Engagements et indicateurs",
    support: "Horaires d'assistance",
    governance: "Instances de suivi",
    matrix: "Matrice des saisines",
    applications: "Inventaire des applications",
    rgpd: "Protection des données (RGPD)",
    projects: "Jours consacrés aux projets",
    other: "Autres points",
  },
  where: {
    subDomain: (letter: string) => `Sous-domaine ${letter}`,
    indicator: (code: string) => `Indicateur ${code}`,
    engagement: (code: string) => `Engagement ${code}`,
    item: (key: string) => `« ${key} »`,
  },
  values: {
    yes: "Oui",
    no: "Non",
    originContract: "Contrat initial",
    originAmendment: (n: number | null, subject: string | null) =>
      `${n === null ? "Avenant" : `Avenant ${frenchNumero(n)}`}${subject ? ` — ${subject}` : ""}`,
    closed: "Fermé",
    notMentioned: "Non précisé",
    days: (n: string) => `${n} jours par an`,
    inventory: "Inventaire des applications",
    weekdays: uiMessages.weekdays,
    handlers: { commune: "La commune", metropole: "Le service commun (Métropole)" },
    responsibilities: {
      "shared-service": "Service commun",
      commune: "Commune",
      shared: "Partagée",
    },
  },
} as const;
