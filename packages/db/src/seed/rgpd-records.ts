/**
 * The demo registers' records: what a commune served by the Métropole typically records, and the
 * Métropole's own register opening on mutu itself. Vendors' names are fictitious. Every record goes
 * through the domain's schema, so a flaw here fails the seed, not a page.
 */
import {
  type ProcessingContent,
  type ProcessingContentInput,
  processingContentSchema,
} from "@mutu/domain";

const base: ProcessingContentInput = {
  name: "",
  description: "",
  service: "",
  path: "direct",
  purposes: [],
  personCategories: [],
  dataCategories: [],
  estimatedPersons: null,
  recipients: [],
  transfers: [],
  retention: [],
  securityMeasures: ["access-control", "authentication", "backups", "updates"],
  securityNotes: "",
  applications: [],
  processors: [],
  metropoleDefinedPurposesAndMeans: false,
};

export const record = (fields: Partial<ProcessingContentInput>): ProcessingContent =>
  processingContentSchema.parse({ ...base, ...fields });

export const plain = (label: string) => ({
  label,
  sensitive: false,
  article9Condition: "" as const,
});

/** mutu itself, first entry of the Métropole's register: its own processing, its own data. */
export const mutuProcessing = record({
  name: "mutu — suivi du contrat d'engagement, des saisines et des registres RGPD",
  description:
    "Outil partagé entre la Métropole et ses communes membres : contrats et avenants, saisines du service commun et leurs délais, indicateurs, registres RGPD.",
  service: "Direction générale du numérique et des systèmes d'information (DGNSI)",
  path: "project",
  purposes: [
    {
      label:
        "Centraliser les demandes des communes et en suivre le traitement (contrat d'engagement, art. 4)",
      legalBasis: "public-task",
      basisDetail: "CGCT art. L5211-4-2 (service commun) ; contrats d'engagement",
    },
    {
      label: "Tenir les registres RGPD des communes et de la Métropole",
      legalBasis: "legal-obligation",
      basisDetail: "RGPD art. 30 et 33.5",
    },
  ],
  personCategories: [
    "Agents des communes et de la Métropole",
    "Administrés pour lesquels une saisine est déposée",
  ],
  dataCategories: [
    plain("Identité et coordonnées professionnelles des agents"),
    plain("Nom et coordonnées d'un administré cité dans une saisine"),
    plain("Journaux de connexion et d'audit"),
  ],
  estimatedPersons: 20_000,
  recipients: ["Agents habilités du service commun", "Agents habilités de la commune concernée"],
  retention: [
    {
      data: "Nom et coordonnées des administrés dans les saisines",
      months: 12,
      from: "clôture de la saisine (durée fixée par chaque commune)",
      endAction: "anonymise",
      archiveMonths: null,
    },
    {
      data: "Comptes des agents",
      months: 12,
      from: "désactivation du compte",
      endAction: "erase",
      archiveMonths: null,
    },
    {
      data: "Journal d'audit",
      months: 12,
      from: "écriture de l'entrée",
      endAction: "intermediate-archive",
      archiveMonths: 60,
    },
  ],
  securityMeasures: [
    "access-control",
    "authentication",
    "traceability",
    "backups",
    "updates",
    "network-partitioning",
  ],
  securityNotes:
    "Cloisonnement des communes par la base de données (sécurité au niveau des lignes) ; journal d'audit chaîné par empreintes ; sessions limitées dans le temps.",
  applications: ["mutu"],
  securityDiagnosis: { doneOn: "2025-09-15", reference: "DAS-2025-031 (mutu)" },
});

export const metropoleHr = record({
  name: "Gestion administrative et paie des agents de la Métropole",
  service: "Direction des ressources humaines",
  path: "procurement",
  purposes: [
    {
      label: "Gestion des carrières et de la paie",
      legalBasis: "legal-obligation",
      basisDetail: "Code général de la fonction publique",
    },
  ],
  personCategories: ["Agents de la Métropole"],
  dataCategories: [
    plain("Identité, situation familiale"),
    plain("Rémunération"),
    plain("Numéro de sécurité sociale"),
  ],
  estimatedPersons: 5_600,
  recipients: ["Direction des ressources humaines", "Trésorerie", "URSSAF, caisses de retraite"],
  retention: [
    {
      data: "Dossier individuel de l'agent",
      months: 12,
      from: "départ de l'agent",
      endAction: "intermediate-archive",
      archiveMonths: 1188,
    },
  ],
});

/** The shared HR information system the Métropole offers its communes (its template, version 1). */
export const sharedHr = record({
  name: "Système d'information des ressources humaines (SIRH commun)",
  description:
    "Outil de gestion des carrières, de la paie et des absences proposé aux communes par la Métropole.",
  path: "project",
  purposes: [
    {
      label: "Gestion des carrières et des positions statutaires",
      legalBasis: "legal-obligation",
      basisDetail: "Code général de la fonction publique",
    },
    { label: "Paie et déclarations sociales", legalBasis: "legal-obligation", basisDetail: "" },
    { label: "Gestion des absences et des congés", legalBasis: "public-task", basisDetail: "" },
  ],
  personCategories: ["Agents de la commune", "Ayants droit des agents"],
  dataCategories: [
    plain("Identité, situation familiale"),
    plain("Vie professionnelle, carrière"),
    plain("Rémunération, coordonnées bancaires"),
    {
      label: "Arrêts de travail pour raison de santé",
      sensitive: true,
      article9Condition: "employment-social-protection",
    },
  ],
  recipients: ["Service des ressources humaines", "Trésorerie", "Organismes sociaux"],
  retention: [
    {
      data: "Dossier individuel de l'agent",
      months: 12,
      from: "départ de l'agent",
      endAction: "intermediate-archive",
      archiveMonths: 588,
    },
    {
      data: "Bulletins de paie (doubles)",
      months: 60,
      from: "fin de l'exercice",
      endAction: "definitive-archive",
      archiveMonths: null,
    },
  ],
  metropoleDefinedPurposesAndMeans: true,
  dpia: {
    criteria: ["large-scale"],
    reference: "AIPD-SIRH-2023",
    doneOn: "2023-05-10",
    cnilConsultationRequired: false,
    cnilConsultedOn: null,
  },
  securityDiagnosis: { doneOn: "2023-02-20", reference: "DAS-2023-004" },
});

/** Version 2 of the shared HR system: backups encrypted, absences kept shorter. */
export const sharedHrV2: ProcessingContent = {
  ...sharedHr,
  securityMeasures: [...sharedHr.securityMeasures, "encryption"],
  securityNotes: "Sauvegardes chiffrées depuis la migration vers le nouvel hébergement (2025).",
};
