import { ofName } from "@mutu/domain";
/** The words of « Personnes »: accounts, their functions, deactivation and reactivation. */
export const peopleMessages = {
  searchLabel: "Rechercher",
  searchHint: "Un nom ou une adresse électronique.",
  noMatch: (q: string) => `Personne ne correspond à « ${q} ».`,
  title: "Personnes",
  lead: "Les agents des communes et du service commun qui ont un compte dans mutu.",
  filterLabel: "Organisation",
  allOrganisations: "Toutes les organisations",
  filterSubmit: "Afficher",
  filtersLabel: "Filtrer les personnes",
  caption: (scope: string, n: string) => `${scope} (${n})`,
  captionAll: "Toutes les personnes",
  captionOf: (org: string) => `Personnes — ${org}`,
  name: "Nom",
  email: "Adresse électronique",
  organisation: "Organisation",
  functions: "Fonctions",
  state: "État",
  active: "Active",
  inactive: "Désactivée",
  actions: "Actions",
  noFunctions: "Aucune",
  manageFunctions: "Fonctions",
  deactivate: "Désactiver",
  reactivate: "Réactiver",
  ofPerson: (name: string) => ` ${ofName(name)}`,
  youLabel: "(vous)",
  create: {
    toggle: "Ajouter une personne",
    title: "Nouvelle personne",
    displayName: "Nom complet",
    displayNameHint: "Prénom et nom, tels qu'ils apparaîtront dans mutu.",
    email: "Adresse électronique",
    emailHint: "Elle sert d'identifiant de connexion.",
    password: "Mot de passe provisoire",
    passwordHint:
      "12 caractères au moins, difficile à deviner (une phrase de plusieurs mots sans rapport entre eux convient). Communiquez-le à la personne par un autre moyen que sa messagerie : elle pourra le changer dans « Mon compte ».",
    organisation: "Organisation",
    chooseOrganisation: "Choisissez une organisation",
    functions: "Fonctions",
    functionsHintCommune: "Fonctions propres aux communes.",
    functionsHintOperator: "Fonctions propres au service commun.",
    functionsNeedOrg: "Choisissez d'abord l'organisation : les fonctions proposées en dépendent.",
    submit: "Créer la personne",
    submitting: "Création…",
    created: (name: string, org: string) => `${name} a maintenant un compte (${org}).`,
  },
  fn: {
    title: (name: string) => `Fonctions ${ofName(name)}`,
    current: "Fonctions actuelles",
    none: "Aucune fonction pour l'instant.",
    remove: "Retirer",
    removeLabel: (fn: string) => ` la fonction « ${fn} »`,
    removed: (fn: string) => `Fonction retirée : ${fn}.`,
    add: "Fonction à attribuer",
    addHint: (side: "commune" | "operator") =>
      side === "commune"
        ? "Fonctions propres aux communes."
        : "Fonctions propres au service commun.",
    choose: "Choisissez une fonction",
    allHeld: "Cette personne détient déjà toutes les fonctions possibles.",
    assign: "Attribuer",
    assigning: "Attribution…",
    assigned: (fn: string) => `Fonction attribuée : ${fn}.`,
  },
  off: {
    title: (name: string) => `Désactiver ${name} ?`,
    body: "Ses sessions en cours sont fermées à l'instant : la personne est déconnectée de mutu immédiatement et ne pourra plus se connecter.",
    history:
      "Son compte et son historique sont conservés dans le journal d'audit. Le compte pourra être réactivé depuis cette page.",
    confirm: "Désactiver",
    confirming: "Désactivation…",
    done: (name: string) => `Le compte ${ofName(name)} est désactivé et ses sessions sont fermées.`,
  },
  tokens: {
    legend: (n: number) =>
      n > 1
        ? `Cette personne a créé ${n} jetons d'API encore valides`
        : "Cette personne a créé un jeton d'API encore valide",
    revoke: (n: number) => (n > 1 ? "Révoquer ces jetons" : "Révoquer ce jeton"),
    transfer: (n: number) =>
      n > 1
        ? "Les confier à une autre personne, qui en répondra"
        : "Le confier à une autre personne, qui en répondra",
    successor: (n: number) =>
      n > 1 ? "Personne à qui confier les jetons" : "Personne à qui confier le jeton",
    successorHint: (n: number) =>
      `Une personne active de la même organisation, qui détient toutes les permissions ${n > 1 ? "des jetons" : "du jeton"}.`,
    choose: "Choisissez une personne",
  },
  on: {
    title: (name: string) => `Réactiver ${name} ?`,
    body: "La personne pourra de nouveau se connecter à mutu, avec son mot de passe et les fonctions qu'elle détient.",
    history:
      "Les sessions fermées lors de la désactivation le restent : elle devra se connecter à nouveau. La réactivation est inscrite au journal d'audit.",
    confirm: "Réactiver",
    confirming: "Réactivation…",
    done: (name: string) =>
      `Le compte ${ofName(name)} est réactivé : la personne peut se connecter.`,
  },
} as const;
