/** The commune space's words for its projects: the list, filing a fiche projet, one project. */
export const projectsMessages = {
  list: {
    title: "Projets et schéma numérique",
    lead: "Les projets de la commune inscrits ou proposés au schéma numérique, leur avancement et la charge consacrée par le service commun.",
    file: "Déposer une fiche projet",
    show: "Afficher",
  },
  form: {
    title: "Déposer une fiche projet",
    lead: "La fiche projet décrit le besoin avant son étude par le service commun et son arbitrage par le comité de pilotage. Toutes les rubriques sont obligatoires, sauf « Incertitudes ».",
    projectTitle: "Intitulé du projet",
    scope: "Portée du projet",
    leadDepartment: "Direction pilote",
    projectType: "Type de projet",
    failed: "La fiche projet n'a pas été déposée",
    submit: "Déposer la fiche projet",
    submitting: "Dépôt en cours…",
    cancel: "Annuler",
    filed: (title: string) => `Fiche projet « ${title} » déposée : le service commun va l'étudier.`,
  },
} as const;
