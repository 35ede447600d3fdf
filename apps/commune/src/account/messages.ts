/** The words of « Mon compte ». */
export const accountMessages = {
  title: "Mon compte",
  name: "Nom",
  email: "Adresse électronique",
  organisation: "Commune",
  functions: "Fonctions",
  noFunctions: "Aucune fonction",
  changes:
    "Pour corriger ces informations ou changer de fonctions, adressez-vous au référent du contrat de votre commune ou au service commun.",
} as const;
