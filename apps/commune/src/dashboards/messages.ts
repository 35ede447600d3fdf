/** The words of the commune's dashboard (its home); the dashboard's own are @mutu/web's. */
import { dashboardMessages } from "@mutu/web/dashboards";

export const dashboardsMessages = {
  ...dashboardMessages.commune,
  title: "Accueil",
  lead: (name: string, commune: string) =>
    `Bonjour ${name}. Voici où en sont les saisines de ${commune} et les engagements du service commun.`,
  loading: "Chargement du tableau de bord…",
  backlogLead: "Chaque nombre ouvre la liste des saisines qu'il compte.",
  ownOnly: "Les saisines déposées pour vous. Chaque nombre ouvre leur liste.",
  allIndicators: "Voir tous les indicateurs du contrat",
};
