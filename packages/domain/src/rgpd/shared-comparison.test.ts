import { expect, test } from "vitest";
import { processingContentSchema } from "./processing.ts";
import { adoptShared } from "./shared.ts";
import {
  compareSharedVersion,
  retentionDuration,
  retentionRuleText,
  sharedFieldLines,
} from "./shared-comparison.ts";
import { schoolRegistrations } from "./test-fixtures.ts";
import { DPIA_CRITERION_LABELS } from "./vocabulary.ts";

const VENDOR = "6a1f0c3e-2b4d-4e8f-9a7b-1c2d3e4f5a6b";
const vendors = (id: string) =>
  id === VENDOR ? { name: "Berger-Levrault", contractReference: "M-2023-114" } : null;

const template = processingContentSchema.parse(schoolRegistrations());
const record = adoptShared(template, {
  service: "Éducation de Bègles",
  estimatedPersons: 3100,
  remediation: null,
});

test.each([
  [1, "1 mois"],
  [11, "11 mois"],
  [12, "1 an"],
  [18, "18 mois"],
  [24, "2 ans"],
  [120, "10 ans"],
])("a retention of %i months reads « %s »", (months, words) => {
  expect(retentionDuration(months)).toBe(words);
});

test("a retention rule reads as the register prints it, with its archive period", () => {
  const [, invoices] = template.retention;
  if (!invoices) throw new Error("the fixture keeps invoices");
  expect(retentionRuleText(invoices)).toBe(
    "Factures : 1 an à compter de paiement ; à la fin : Archivage intermédiaire, accès restreint (V-f/3), pendant 9 ans",
  );
});

test("no change, nothing to compare: the commune's own part is not the template's", () => {
  expect(compareSharedVersion(record, template, vendors)).toEqual([]);
});

test("each changed field shows the record's lines and the version's, the gone and the new marked", () => {
  const v2 = processingContentSchema.parse({
    ...schoolRegistrations(),
    retention: [
      {
        data: "Dossier d'inscription",
        months: 36,
        from: "départ de l'enfant de l'école",
        endAction: "erase",
        archiveMonths: null,
      },
      schoolRegistrations().retention[1],
    ],
    securityMeasures: ["access-control", "backups", "traceability", "encryption"],
    processors: [{ processorId: VENDOR, role: "processor" }],
  });
  const comparison = compareSharedVersion(record, v2, vendors);
  expect(comparison.map((c) => c.label)).toEqual([
    "Durées de conservation",
    "Mesures de sécurité",
    "Sous-traitants",
  ]);
  const [retention, security, processors] = comparison;
  expect(retention?.current).toEqual([
    {
      text: "Dossier d'inscription : 2 ans à compter de départ de l'enfant de l'école ; à la fin : Effacement (V-f/1)",
      removed: true,
    },
    { text: expect.stringMatching(/^Factures\s: 1 an/), removed: false },
  ]);
  expect(retention?.proposed[0]).toEqual({
    text: "Dossier d'inscription : 3 ans à compter de départ de l'enfant de l'école ; à la fin : Effacement (V-f/1)",
    added: true,
  });
  expect(retention?.proposed[1]?.added).toBe(false);
  expect(security?.proposed.filter((l) => l.added).map((l) => l.text)).toEqual([
    "Chiffrement des données",
  ]);
  expect(security?.current.some((l) => l.removed)).toBe(false);
  expect(processors?.current).toEqual([]);
  expect(processors?.proposed).toEqual([
    { text: "Berger-Levrault — sous-traitant, contrat M-2023-114", added: true },
  ]);
});

test("a processor no longer on the Métropole's list is named as such, never by its identifier", () => {
  const c = processingContentSchema.parse({
    ...schoolRegistrations(),
    processors: [{ processorId: "0b7e7f1a-9c1d-4a43-8f0e-5d2c1b0a9e8f", role: "sub-processor" }],
  });
  expect(sharedFieldLines("processors", c, vendors)).toEqual([
    "Prestataire retiré de la liste — sous-traitant ultérieur",
  ]);
});

test("the impact assessment and the diagnosis read with French dates; empty fields give no line", () => {
  expect(sharedFieldLines("dpia", template, vendors)).toEqual([
    `Critère : ${DPIA_CRITERION_LABELS["vulnerable-persons"]}`,
    "Analyse AIPD-2024-03 du 2 avril 2024",
  ]);
  expect(sharedFieldLines("securityDiagnosis", template, vendors)).toEqual([
    "DAS-2024-07 du 12 mars 2024",
  ]);
  expect(sharedFieldLines("transfers", template, vendors)).toEqual([]);
  expect(sharedFieldLines("securityNotes", template, vendors)).toEqual([]);
  const leapDay = processingContentSchema.parse({
    ...schoolRegistrations(),
    dpia: { ...schoolRegistrations().dpia, doneOn: "2024-02-29", cnilConsultationRequired: true },
  });
  expect(sharedFieldLines("dpia", leapDay, vendors).slice(1)).toEqual([
    "Analyse AIPD-2024-03 du 29 février 2024",
    "Consultation de la CNIL à faire",
  ]);
});

test("a sensitive data category names its Art. 9 condition", () => {
  const lines = sharedFieldLines("dataCategories", template, vendors);
  expect(lines[0]).toBe("État civil, identité");
  expect(lines[1]).toMatch(/^Allergies alimentaires \(PAI\) — donnée sensible, /);
});
