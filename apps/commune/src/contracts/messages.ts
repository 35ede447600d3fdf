import { annexMessages } from "@mutu/web/contracts";

/** The words of « Mon contrat »: the contrat d'engagement, its annex, versions and comparisons. */
export const contractsMessages = {
  ...annexMessages,
  title: "Mon contrat",
  lead: (commune: string) =>
    `Le contrat d'engagement qui lie ${commune} au service commun numérique : ce qui est mutualisé, les engagements et qui saisir pour quoi.`,
  leadConvention: (commune: string) =>
    `La convention de service commun à laquelle ${commune} adhère : votre formule, vos contributions et leur simulation.`,
  loading: "Chargement du contrat…",
  none: "Aucun contrat n'est enregistré pour votre commune dans mutu. Le référent du contrat de votre commune détient l'exemplaire signé.",
  viewing: {
    version: (label: string) =>
      `Vous consultez une version qui n'est pas celle en vigueur : ${label}.`,
    atDate: (date: string, label: string) =>
      `Version en vigueur le ${date} : ${label}. Ce n'est pas celle d'aujourd'hui.`,
    atDateIsCurrent: (date: string) =>
      `Le ${date}, c'était déjà la version en vigueur aujourd'hui.`,
    noneAtDate: (date: string) =>
      `Aucune version du contrat n'était en vigueur le ${date} : choisissez une date plus récente.`,
    noneToday:
      "Aucune version du contrat n'est en vigueur aujourd'hui. L'historique ci-dessous donne les versions connues.",
    backToCurrent: "Revenir à la version en vigueur aujourd'hui",
  },
  history: {
    lead: "Chaque avenant remplace l'annexe à partir de sa date d'effet : les versions antérieures restent consultables.",
    caption: "Versions du contrat, de la plus ancienne à la plus récente",
    version: "Version",
    subject: "Objet",
    signedOn: "Signée le",
    from: "En vigueur à partir du",
    to: "Jusqu'au",
    state: "État",
    current: "En vigueur",
    past: "Remplacée",
    future: "À venir",
    undated: "Non datée",
    open: "Consulter",
    openLabel: (label: string) => ` ${label}`,
    viewing: "Affichée",
    compareTitle: "Comparer deux versions",
    dateTitle: "Voir la version en vigueur à une date",
    date: "Date",
    dateHint:
      "La version du contrat en vigueur ce jour-là s'affiche à la place de celle d'aujourd'hui.",
    show: "Afficher cette version",
    single: "Le contrat n'a qu'une version : il n'y a rien à comparer.",
  },
  diff: {
    title: "Comparer deux versions",
    lead: (from: string, to: string) =>
      `Ce qui change de « ${from} » à « ${to} », point par point.`,
    back: "Retour au contrat",
    loading: "Comparaison en cours…",
    count: (n: number) =>
      n === 0
        ? "Aucun changement : les deux versions ont le même contenu."
        : n === 1
          ? "1 changement."
          : `${n} changements.`,
    missing: "Choisissez les deux versions à comparer.",
    pickTitle: "Choix des versions",
  },
} as const;
