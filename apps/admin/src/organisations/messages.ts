import { ofName } from "@mutu/domain";
/** The words of « Organisations »: the member communes and their communal referent. */
export const organisationsMessages = {
  title: "Organisations",
  lead: (operator: string) => `Les communes membres du service commun ${ofName(operator)}.`,
  caption: (n: string) => `Communes membres (${n})`,
  name: "Commune",
  population: "Population",
  inhabitants: "habitants",
  proximityCentre: "Centre de proximité",
  referent: "Référent communal",
  noReferent: "Aucun",
  actions: "Actions",
  change: "Changer le référent",
  changeFor: (commune: string) => ` ${ofName(commune)}`,
  designate: "Désigner un référent",
  designateFor: (commune: string) => ` pour ${commune}`,
  dialogTitle: (commune: string) => `Référent communal ${ofName(commune)}`,
  dialogIntro:
    "Le référent communal est la personne du service commun qui dirige le centre de proximité de la commune : l'interlocuteur de la commune au quotidien.",
  referentField: "Référent",
  referentHint: "Une personne active du service commun.",
  noneOption: "Aucun référent",
  referentsGroup: "Référents communaux",
  othersGroup: "Autres personnes du service commun",
  save: "Enregistrer",
  saving: "Enregistrement…",
  saved: (commune: string, person: string | null) =>
    person
      ? `Référent communal ${ofName(commune)} : ${person}.`
      : `${commune} n'a plus de référent communal.`,
} as const;
