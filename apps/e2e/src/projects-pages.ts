/** What the projects' browser tests share: a fiche projet's headings (annex 3 of seed 002), each with its text. */
export const FICHE: [RegExp, string][] = [
  [/^Origine de la demande/, "Logiciel de restauration scolaire en fin de support."],
  [/^Le demandeur/, "Le service enfance, avec l'accord de l'élue déléguée."],
  [/^Les enjeux/, "Inscriptions en ligne pour les familles."],
  [/^La nature du projet/, "Projet isolé, formation des agents d'accueil."],
  [/^La description du projet/, "Portail famille et gestion de la restauration."],
  [/^Planification du projet/, "Mise en service à la rentrée de septembre."],
  [/^Enveloppe financière/, "40 000 € inscrits au PPI."],
  [/^Objectifs attendus/, "Inscription en ligne, traçabilité des paiements."],
  [/^Contraintes/, "Règlement intérieur de la restauration."],
  [/^Conditions de réussite/, "Un référent métier un jour par semaine."],
  [/^Indicateurs de suivi du projet/, "Part des inscriptions faites en ligne."],
];
