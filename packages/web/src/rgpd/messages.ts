/**
 * The words of the RGPD pages both spaces show: titles, columns, buttons, the explanations a DPO
 * or a DGS needs beside each register. The domain's own words (statuses, legal bases, actions…) are
 * its labels (`@mutu/domain`); the forms' words are in `form-messages.ts`.
 */
import { plural } from "@mutu/ui";

export const rgpdMessages = {
  sections: {
    overview: "RGPD",
    processings: "Registre des traitements",
    shared: "Traitements partagés",
    breaches: "Violations de données",
    requests: "Demandes des personnes",
    retention: "Fin de conservation",
    processorRegister: "Registre de sous-traitance",
    organisation: "Organisation RGPD",
  },
  sectionsNav: "Registres RGPD",
  back: {
    overview: "Retour à l'accueil RGPD",
    processings: "Retour au registre des traitements",
    breaches: "Retour au registre des violations",
    requests: "Retour au registre des demandes",
  },
  yes: "Oui",
  no: "Non",
  none: "Aucun",
  notGiven: "Non renseigné",
  loading: "Chargement…",
  saved: "Enregistré.",
  overview: {
    title: (org: string) => `RGPD — ${org}`,
    lead: "La commune est responsable de ses traitements ; la Métropole y intervient comme sous-traitant ou responsable conjoint, selon le traitement. Voici où en sont les registres.",
    leadOperator:
      "Les registres de la Métropole pour ses propres traitements, à commencer par mutu.",
    waiting: "À traiter",
    nothingWaiting: "Rien n'attend : les registres sont à jour.",
    pendingOpinions: (n: number) =>
      plural(n, "traitement attend l'avis du DPO", "traitements attendent l'avis du DPO"),
    pendingProposals: (n: number) =>
      plural(
        n,
        "nouvelle version d'un traitement partagé est à examiner",
        "nouvelles versions de traitements partagés sont à examiner",
      ),
    openBreaches: (n: number) =>
      plural(n, "violation de données est en cours", "violations de données sont en cours"),
    openRequests: (n: number, overdue: number) =>
      `${plural(n, "demande de personne est en cours", "demandes de personnes sont en cours")}${overdue ? `, dont ${plural(overdue, "hors délai", "hors délai")}` : ""}`,
    retentionDue: (n: number, awaiting: number) =>
      `${plural(n, "opération de fin de conservation est échue", "opérations de fin de conservation sont échues")}${awaiting ? `, dont ${plural(awaiting, "attend", "attendent")} la confirmation de la commune` : ""}`,
    unacknowledged: (n: number) =>
      plural(
        n,
        "document du référentiel n'a pas d'accusé de réception",
        "documents du référentiel n'ont pas d'accusé de réception",
      ),
    openDisagreements: (n: number) =>
      plural(n, "désaccord RGPD est en cours", "désaccords RGPD sont en cours"),
    registers: "Les registres",
    registerCards: {
      processings:
        "Les traitements de la commune, le rôle de la Métropole dans chacun, l'avis du DPO.",
      shared:
        "Les traitements définis par la Métropole pour plusieurs communes, et leurs nouvelles versions.",
      breaches:
        "Toutes les violations, notifiées ou non, avec le délai de 72 heures et les pièces.",
      requests: "Les demandes d'accès, de rectification, d'effacement… et leur délai d'un mois.",
      retention: "Ce qui arrive en fin de durée de conservation, et ce qui en a été fait.",
      processorRegister:
        "Le registre que la Métropole tient en qualité de sous-traitant, tiré du registre de la commune.",
      organisation:
        "Les options du contrat, le DPO, les correspondants, le référentiel, les désaccords.",
    },
    statuses: "Traitements par statut",
  },
  register: {
    title: "Registre des traitements",
    lead: "Le registre des activités de traitement dont la commune est responsable (RGPD, art. 30.1).",
    leadOperator: "Le registre des traitements propres à la Métropole (RGPD, art. 30.1).",
    add: "Inscrire un traitement",
    filters: "Filtrer le registre",
    status: "Statut",
    allStatuses: "Tous les statuts",
    search: "Nom ou service",
    apply: "Afficher",
    caption: (n: number) => `Traitements (${n})`,
    number: "N°",
    name: "Traitement",
    service: "Service",
    role: "Rôle de la Métropole",
    opinion: "Avis du DPO",
    flags: "À noter",
    inForceOn: "Mise en œuvre",
    pending: "Avis demandé",
    noOpinion: "Aucun",
    sensitive: "Données sensibles",
    dpia: "AIPD requise",
    shared: "Partagé",
    proposal: "Nouvelle version à examiner",
    changed: "Modifié depuis l'avis",
    empty: "Aucun traitement inscrit.",
    loading: "Chargement du registre…",
  },
  evidence: {
    title: "Historique et preuves",
    lead: "Chaque étape, qui l'a faite et quand : ce que la commune peut produire en cas de contrôle.",
    caption: "Étapes",
    at: "Date",
    what: "Étape",
    who: "Par",
    empty: "Aucune étape consignée.",
  },
  documents: {
    title: "Documentation et pièces",
    lead: "Documentation technique, analyses, courriers : les pièces restent attachées au registre.",
    caption: (n: number) => `Pièces (${n})`,
    name: "Document",
    added: "Ajouté",
    size: "Taille",
    download: "Télécharger",
    downloadLabel: (name: string) => `Télécharger ${name}`,
    empty: "Aucune pièce jointe.",
    add: "Joindre un document",
    titleField: "Intitulé du document",
    titleHint: "Facultatif : le nom du fichier sinon.",
    file: "Fichier",
    fileHint: "PDF, image, texte, tableur ou traitement de texte ; 10 Mo au plus.",
    chooseFile: "Choisissez un fichier.",
    submit: "Joindre",
    submitting: "Envoi…",
    failed: "Le document n'a pas été joint",
    added_: (name: string) => `« ${name} » est joint.`,
  },
  exports: {
    title: "Exporter les registres",
    lead: "Chaque registre en PDF (imprimable, daté, à viser), en CSV et ODS (formats ouverts) ou en JSON ; ou tout le dossier de la commune en une archive.",
    register: "Registre",
    format: "Format",
    formats: { pdf: "PDF (imprimable)", csv: "CSV", ods: "ODS (tableur)", json: "JSON" },
    registers: {
      processings: "Registre des traitements",
      processors: "Registre de sous-traitance",
      breaches: "Registre des violations",
      requests: "Registre des demandes",
      retention: "Échéancier de fin de conservation",
    },
    submit: "Télécharger",
    submitting: "Préparation…",
    archive: "Télécharger tout le dossier (archive ZIP)",
    archiving: "Préparation de l'archive…",
    done: (name: string) => `Fichier « ${name} » téléchargé.`,
    failed: "L'export n'a pas abouti",
  },
  countdown: {
    remaining: (hours: number, minutes: number) =>
      `${hours} h ${String(minutes).padStart(2, "0")} min restantes`,
    overdue: (hours: number, minutes: number) =>
      `Délai dépassé de ${hours} h ${String(minutes).padStart(2, "0")} min`,
  },
} as const;
