/** A valid processing record for the tests: a commune's school and after-school registrations. */
import type { ProcessingContentInput } from "./processing.ts";

export const schoolRegistrations = (): ProcessingContentInput => ({
  name: "Inscriptions scolaires et périscolaires",
  description: "Inscription des enfants à l'école, à la cantine et à l'accueil périscolaire.",
  service: "Direction de l'éducation",
  path: "project",
  purposes: [
    {
      label: "Inscrire les enfants dans les écoles de la commune",
      legalBasis: "public-task",
      basisDetail: "Code de l'éducation, art. L131-5",
    },
    { label: "Facturer la restauration scolaire", legalBasis: "contract", basisDetail: "" },
  ],
  personCategories: ["Enfants scolarisés", "Responsables légaux"],
  dataCategories: [
    { label: "État civil, identité", sensitive: false, article9Condition: "" },
    { label: "Allergies alimentaires (PAI)", sensitive: true, article9Condition: "health-care" },
  ],
  estimatedPersons: 4200,
  recipients: ["Direction de l'éducation", "Trésor public (facturation)"],
  transfers: [],
  retention: [
    {
      data: "Dossier d'inscription",
      months: 24,
      from: "départ de l'enfant de l'école",
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
  securityMeasures: ["access-control", "backups", "traceability"],
  securityNotes: "",
  applications: ["Portail famille"],
  processors: [],
  metropoleDefinedPurposesAndMeans: true,
  dpia: {
    criteria: ["vulnerable-persons"],
    reference: "AIPD-2024-03",
    doneOn: "2024-04-02",
    cnilConsultationRequired: false,
    cnilConsultedOn: null,
  },
  securityDiagnosis: { doneOn: "2024-03-12", reference: "DAS-2024-07" },
  remediation: null,
});
