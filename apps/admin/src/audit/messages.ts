/** The words of « Journal d'audit »: the entries, their filters and the integrity check. */
export const auditMessages = {
  title: "Journal d'audit",
  lead: "Chaque action dans mutu y est inscrite : qui, quoi, quand, sur quoi, avant et après.",
  filtersTitle: "Filtrer le journal",
  organisation: "Organisation",
  allOrganisations: "Toutes",
  action: "Action",
  allActions: "Toutes",
  everyAction: (group: string) => `${group} : toutes les actions`,
  actor: "Auteur",
  actorHint: "Tout ou partie du nom.",
  from: "Du",
  to: "Au",
  dateHint: "Jour, heure de Paris.",
  apply: "Filtrer",
  reset: "Réinitialiser",
  caption: (n: string, more: boolean) =>
    more
      ? `Entrées du journal, des plus récentes aux plus anciennes (${n} affichées, il y en a d'autres)`
      : `Entrées du journal, des plus récentes aux plus anciennes (${n})`,
  seq: "N°",
  at: "Date et heure",
  org: "Organisation",
  author: "Auteur",
  what: "Action",
  target: "Objet",
  details: "Détails",
  showDetails: "Voir",
  detailsOf: (seq: number) => ` le détail de l'entrée n° ${seq}`,
  before: "Avant",
  after: "Après",
  hash: "Empreinte",
  system: "Système",
  noOrg: "Hors organisation",
  more: "Charger plus",
  loadingMore: "Chargement…",
  loaded: (n: string) => `${n} entrées affichées.`,
  verify: {
    title: "Intégrité du journal",
    intro:
      "Chaque entrée porte l'empreinte de la précédente : une entrée modifiée, retirée ou déplacée rompt la chaîne de son organisation.",
    button: "Vérifier l'intégrité",
    running: "Vérification…",
    caption: "Résultat de la vérification, par chaîne",
    chain: "Chaîne",
    entries: "Entrées",
    result: "Résultat",
    ok: "Intègre",
    broken: (seq: number | undefined, reason: string | undefined) =>
      `Rompue${seq ? ` à l'entrée n° ${seq}` : ""}${reason ? ` : ${reason}` : ""}`,
    allOk: (chains: string, entries: string) =>
      `Toutes les chaînes sont intègres : ${chains}, ${entries}.`,
    someBroken: (n: number) =>
      n === 1
        ? "Une chaîne est rompue : le journal a été modifié hors de mutu. Prévenez le RSSI."
        : `${n} chaînes sont rompues : le journal a été modifié hors de mutu. Prévenez le RSSI.`,
    chains: ["chaîne", "chaînes"],
    entriesWord: ["entrée", "entrées"],
    global: "Entrées sans organisation",
  },
  becomes: "devient",
  noDetails: "Aucun détail enregistré.",
} as const;
