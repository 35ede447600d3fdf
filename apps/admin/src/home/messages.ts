/** The words of the dashboard (home page) of the service commun's space. */
export const homeMessages = {
  title: "Tableau de bord",
  lead: (name: string, org: string) => `Bonjour ${name}. Vous agissez ici pour ${org}.`,
  sectionsTitle: "Rubriques",
  none: "Vos fonctions ne vous donnent accès à aucune rubrique de cet espace. Adressez-vous à un administrateur de mutu.",
  cards: {
    organisations: "Les communes membres : population, centre de proximité et référent communal.",
    people: "Les agents des communes et du service commun, leurs fonctions et leur accès à mutu.",
    tokens:
      "Les accès des autres outils (téléphonie, annuaire, pilotage) à l'API de mutu : création et révocation.",
    audit: "Qui a fait quoi et quand, avec la vérification de l'intégrité du journal.",
    contracts:
      "Les contrats d'engagement des communes : versions, avenants à préparer et à signer, import d'annexes.",
    memberships:
      "Les conventions de service commun : catalogue tarifé, adhésions et contributions de l'année.",
    reports:
      "Le rapport annuel d'évaluation de chaque commune : généré à partir des données, relu, validé, envoyé avant le 31 mars.",
    saisines:
      "La file des saisines de toutes les communes : qualification, attribution, suivi des délais, arbitrages et bilan annuel.",
    rgpd: "Les registres RGPD des communes et de la Métropole : traitements et avis du DPO, violations et délai de 72 heures, demandes des personnes, fin de conservation.",
    communesDashboard:
      "Les saisines des communes membres par commune, par centre de proximité et au total, leurs délais et leur tendance.",
    indicators:
      "Les indicateurs des contrats, période par période, et la saisie des mesures avec leur preuve.",
    projects:
      "Les projets des communes membres : fiches déposées, études, décisions du comité de pilotage, phases et charge imputée.",
    meetings:
      "Les instances des contrats et leur rythme : réunions à planifier et tenues, comptes rendus, actions décidées et leur suivi.",
  },
  functionsTitle: "Vos fonctions",
  noFunctions: "Aucune fonction ne vous est attribuée.",
  remindersTitle: "Rapports annuels à envoyer",
  remindersCount: (n: number, year: number) =>
    `${n} rapport${n > 1 ? "s" : ""} ${year} ${n > 1 ? "restent" : "reste"} à envoyer.`,
  remindersLink: (year: number) => `Voir les rapports ${year}`,
} as const;
