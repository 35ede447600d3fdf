/** The words of the commune's indicators page. */
export const indicatorsMessages = {
  title: "Indicateurs du contrat",
  lead: "Les engagements du service commun et leurs indicateurs, période par période : calculés à partir des saisines, ou mesurés et prouvés par le service commun.",
  loading: "Chargement des indicateurs…",
  back: "Retour à l'accueil",
};
