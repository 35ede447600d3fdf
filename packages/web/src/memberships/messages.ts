/** The words of a contribution's breakdown, the same in both spaces. */
export const contributionMessages = {
  line: "Poste",
  amount: "Montant HT",
  total: "Total",
} as const;
