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
} as const;
