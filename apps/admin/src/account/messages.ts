/** The words of « Mon compte » in the service commun's space. */
export const accountMessages = {
  title: "Mon compte",
  name: "Nom",
  email: "Adresse électronique",
  organisation: "Organisation",
  functions: "Fonctions",
  noFunctions: "Aucune fonction",
  changes:
    "Pour corriger ces informations ou changer de fonctions, adressez-vous à un administrateur de mutu de votre service.",
} as const;
