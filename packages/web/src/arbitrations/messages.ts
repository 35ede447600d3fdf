/** The words of an arbitration both spaces show alike. */
export const arbitrationMessages = {
  kind: "Objet du désaccord",
  subject: "Désaccord",
  raised: "Engagé",
  raisedBy: (who: string, date: string) => `par ${who}, le ${date}`,
  status: "État",
  statuses: { ouvert: "En cours", clos: "Terminé" },
  heldOn: (date: string) => `Réuni le ${date}`,
  participants: "Participants",
  participant: (name: string, fn: string, side: string | null) =>
    side ? `${name}, ${fn} (${side})` : `${name}, ${fn}`,
  sides: { commune: "commune", operator: "service commun" },
  outcome: "Issue",
  decision: "Décision",
  final: "Définitive",
  none: "Aucun désaccord n'a été porté en arbitrage sur cette saisine.",
  openRaise: "Signaler un désaccord (arbitrage)",
  raiseTitle: "Engager un arbitrage",
  raiseLead:
    "Un désaccord sur la programmation des travaux ou sur le fond se règle par niveaux : les autorités hiérarchiques, puis les directeurs généraux, puis le Maire et le Président.",
  subjectField: "Le désaccord",
  subjectHint: "Les positions de chaque partie, en quelques phrases.",
  raise: "Engager l'arbitrage",
  raising: "Enregistrement…",
  raiseFailed: "L'arbitrage n'a pas été engagé",
  raised_: "Arbitrage engagé : les responsables des deux parties sont prévenus.",
  cancel: "Annuler",
} as const;
