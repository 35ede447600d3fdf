/**
 * A commune's demo register beside the shared HR system: civil status, school registrations,
 * electoral rolls, video protection awaiting its DPO's opinion, an old file with its remediation
 * plan, and a free online survey set up outside the standard processes (V-j).
 */
import type { ProcessingContent } from "@mutu/domain";
import { plain, record } from "./rgpd-records.ts";

/** A commune's own register, beside the shared HR system. `vendors` are the demo vendors' ids. */
export function communeRecords(vendors: Record<string, string>) {
  return [
    {
      status: "in-force" as const,
      inForceOn: "2019-01-07",
      content: record({
        name: "État civil (naissances, mariages, décès)",
        service: "Population — état civil",
        path: "legacy",
        purposes: [
          {
            label: "Tenue des registres de l'état civil",
            legalBasis: "legal-obligation",
            basisDetail: "Code civil, art. 34 et suivants",
          },
        ],
        personCategories: ["Personnes nées, mariées ou décédées dans la commune", "Déclarants"],
        dataCategories: [plain("État civil, filiation"), plain("Mentions marginales")],
        estimatedPersons: 60_000,
        recipients: ["Officiers d'état civil", "Procureur de la République", "INSEE"],
        retention: [
          {
            data: "Registres et actes",
            months: 900,
            from: "clôture du registre",
            endAction: "definitive-archive",
            archiveMonths: null,
          },
        ],
        applications: ["Logiciel d'état civil"],
        processors: [{ processorId: vendors.civil ?? "", role: "processor" }],
        remediation: {
          priority: "medium",
          owner: "Responsable du service population",
          dueOn: "2026-12-31",
          actions: "Revoir les habilitations et documenter les échanges COMEDEC.",
          doneOn: null,
        },
      }),
    },
    {
      status: "in-force" as const,
      inForceOn: "2021-09-01",
      content: record({
        name: "Inscriptions scolaires, restauration et périscolaire (portail famille)",
        service: "Direction de l'éducation",
        path: "project",
        purposes: [
          {
            label: "Inscrire les enfants dans les écoles",
            legalBasis: "public-task",
            basisDetail: "Code de l'éducation, art. L131-5",
          },
          {
            label: "Facturer la restauration et le périscolaire",
            legalBasis: "contract",
            basisDetail: "",
          },
        ],
        personCategories: ["Enfants scolarisés", "Responsables légaux"],
        dataCategories: [
          plain("Identité, coordonnées"),
          plain("Quotient familial"),
          {
            label: "Allergies, projet d'accueil individualisé",
            sensitive: true,
            article9Condition: "health-care",
          },
        ],
        estimatedPersons: 4_200,
        recipients: [
          "Direction de l'éducation",
          "Prestataire de restauration (allergies seulement)",
          "Trésorerie",
        ],
        retention: [
          {
            data: "Dossiers d'inscription",
            months: 24,
            from: "départ de l'enfant",
            endAction: "erase",
            archiveMonths: null,
          },
          {
            data: "Factures",
            months: 12,
            from: "paiement",
            endAction: "intermediate-archive",
            archiveMonths: 108,
          },
        ],
        applications: ["Portail famille"],
        processors: [
          { processorId: vendors.family ?? "", role: "processor" },
          { processorId: vendors.hosting ?? "", role: "sub-processor" },
        ],
        metropoleDefinedPurposesAndMeans: true,
        dpia: {
          criteria: ["vulnerable-persons"],
          reference: "AIPD-EDU-2021",
          doneOn: "2021-06-14",
          cnilConsultationRequired: false,
          cnilConsultedOn: null,
        },
        securityDiagnosis: { doneOn: "2021-03-02", reference: "DAS-2021-017" },
      }),
    },
    {
      status: "in-force" as const,
      inForceOn: "2019-03-01",
      content: record({
        name: "Listes électorales",
        service: "Population — élections",
        path: "legacy",
        purposes: [
          {
            label: "Tenue de la liste électorale (répertoire électoral unique)",
            legalBasis: "legal-obligation",
            basisDetail: "Code électoral, art. L16",
          },
        ],
        personCategories: ["Électeurs inscrits"],
        dataCategories: [plain("Identité, adresse"), plain("Bureau de vote")],
        estimatedPersons: 19_000,
        recipients: ["INSEE (REU)", "Candidats et partis (liste électorale, art. L37)"],
        retention: [
          {
            data: "Pièces justificatives d'inscription",
            months: 12,
            from: "radiation",
            endAction: "erase",
            archiveMonths: null,
          },
        ],
      }),
    },
    {
      status: "awaiting-opinion" as const,
      inForceOn: null,
      content: record({
        name: "Vidéoprotection aux abords des écoles",
        service: "Police municipale",
        path: "project",
        purposes: [
          {
            label: "Sécuriser les abords des groupes scolaires",
            legalBasis: "public-task",
            basisDetail: "Code de la sécurité intérieure, art. L251-2",
          },
        ],
        personCategories: ["Passants", "Parents et enfants"],
        dataCategories: [plain("Images vidéo")],
        estimatedPersons: 8_000,
        recipients: [
          "Agents habilités de la police municipale",
          "Forces de l'ordre sur réquisition",
        ],
        retention: [
          {
            data: "Enregistrements vidéo",
            months: 1,
            from: "enregistrement",
            endAction: "erase",
            archiveMonths: null,
          },
        ],
        securityMeasures: ["access-control", "traceability", "physical-security"],
        metropoleDefinedPurposesAndMeans: true,
        dpia: {
          criteria: ["systematic-monitoring", "vulnerable-persons"],
          reference: "",
          doneOn: null,
          cnilConsultationRequired: false,
          cnilConsultedOn: null,
        },
        securityDiagnosis: { doneOn: "2026-04-20", reference: "DAS-2026-009" },
      }),
    },
    {
      status: "in-force" as const,
      inForceOn: "2016-01-01",
      content: record({
        name: "Fichier des associations et des salles municipales",
        service: "Vie associative",
        path: "legacy",
        purposes: [
          {
            label: "Relations avec les associations, prêt de salles",
            legalBasis: "public-task",
            basisDetail: "",
          },
        ],
        personCategories: ["Présidents et trésoriers d'associations"],
        dataCategories: [plain("Identité, coordonnées")],
        estimatedPersons: 600,
        recipients: ["Service de la vie associative"],
        retention: [
          {
            data: "Fiches des associations",
            months: 36,
            from: "dernière demande de l'association",
            endAction: "erase",
            archiveMonths: null,
          },
        ],
        applications: ["Tableur partagé"],
        remediation: {
          priority: "high",
          owner: "Directrice de la vie associative",
          dueOn: "2026-09-30",
          actions:
            "Remplacer le tableur partagé par le module associations du portail ; purger les fiches anciennes.",
          doneOn: null,
        },
      }),
    },
    {
      status: "in-force" as const,
      inForceOn: "2025-03-10",
      content: record({
        name: "Enquête de satisfaction en ligne (outil gratuit)",
        service: "Communication",
        path: "outside-process",
        purposes: [
          {
            label: "Mesurer la satisfaction des usagers de l'accueil",
            legalBasis: "consent",
            basisDetail: "",
          },
        ],
        personCategories: ["Usagers ayant répondu"],
        dataCategories: [plain("Adresse électronique"), plain("Réponses")],
        recipients: ["Service communication"],
        transfers: [
          {
            recipient: "Éditeur du formulaire en ligne",
            country: "États-Unis",
            safeguard: "adequacy-decision",
          },
        ],
        retention: [
          {
            data: "Réponses",
            months: 12,
            from: "fin de l'enquête",
            endAction: "anonymise",
            archiveMonths: null,
          },
        ],
        securityMeasures: ["authentication"],
      }),
    },
  ];
}

/** The demo records as templates, without vendors (the benchmarks vary them by the thousand). */
export function demoProcessingTemplates(): ProcessingContent[] {
  const none = "00000000-0000-4000-8000-000000000000";
  return communeRecords({ civil: none, family: none, hosting: none }).map((r) => ({
    ...r.content,
    processors: [],
  }));
}
