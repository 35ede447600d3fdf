/**
 * What a new version of a shared processing would change in a commune's record, field by field and
 * side by side: the record's words today and the version's, each as the lines the register prints.
 * The commune decides on a proposal from this (no silent overwrite): it must see the old and the new
 * value, not only the name of what changes.
 */
import { frenchDate } from "../time/french-dates.ts";
import type { ProcessingContent } from "./processing.ts";
import { SHARED_FIELD_LABELS, type SharedField, sharedDifferences } from "./shared.ts";
import {
  ARTICLE9_CONDITION_LABELS,
  DPIA_CRITERION_LABELS,
  LEGAL_BASIS_LABELS,
  PROCESSING_PATH_LABELS,
  PROCESSOR_ROLE_LABELS,
  RETENTION_END_ACTION_LABELS,
  SECURITY_MEASURE_LABELS,
  TRANSFER_SAFEGUARD_LABELS,
} from "./vocabulary.ts";

/** A duration in months as the register says it: « 2 ans », « 18 mois ». */
export function retentionDuration(months: number): string {
  if (months % 12 !== 0) return `${months} mois`;
  return months === 12 ? "1 an" : `${months / 12} ans`;
}

type Purpose = ProcessingContent["purposes"][number];
type Retention = ProcessingContent["retention"][number];
type Transfer = ProcessingContent["transfers"][number];
type DataCategory = ProcessingContent["dataCategories"][number];

/** « Inscrire les enfants — Mission d'intérêt public (Code de l'éducation, art. L131-5) » */
export function purposeText(p: Purpose): string {
  return `${p.label} — ${LEGAL_BASIS_LABELS[p.legalBasis]}${p.basisDetail ? ` (${p.basisDetail})` : ""}`;
}

/** « Allergies (PAI) — donnée sensible, … » for a sensitive category, its label otherwise. */
export function dataCategoryText(d: DataCategory): string {
  return d.sensitive && d.article9Condition
    ? `${d.label} — donnée sensible, ${ARTICLE9_CONDITION_LABELS[d.article9Condition]}`
    : d.label;
}

/** « Prestataire (États-Unis) — Clauses contractuelles types » */
export function transferText(x: Transfer): string {
  return `${x.recipient} (${x.country}) — ${TRANSFER_SAFEGUARD_LABELS[x.safeguard]}`;
}

/** « Factures : 1 an à compter de paiement ; à la fin : archivage intermédiaire, pendant 9 ans » */
export function retentionRuleText(r: Retention): string {
  const archive = r.archiveMonths ? `, pendant ${retentionDuration(r.archiveMonths)}` : "";
  return `${r.data} : ${retentionDuration(r.months)} à compter de ${r.from} ; à la fin : ${RETENTION_END_ACTION_LABELS[r.endAction]}${archive}`;
}

/** Resolves a processor's id to what the register names it (its name and contract), if known. */
export type VendorName = (
  processorId: string,
) => { name: string; contractReference: string } | null;

const text = (value: string) => (value ? [value] : []);

/** The lines the register prints for one shared field of a record (none when it is empty). */
export function sharedFieldLines(
  field: SharedField,
  c: ProcessingContent,
  vendor: VendorName,
): string[] {
  switch (field) {
    case "name":
    case "description":
    case "securityNotes":
      return text(c[field]);
    case "path":
      return [PROCESSING_PATH_LABELS[c.path]];
    case "purposes":
      return c.purposes.map(purposeText);
    case "personCategories":
    case "recipients":
    case "applications":
      return [...c[field]];
    case "dataCategories":
      return c.dataCategories.map(dataCategoryText);
    case "transfers":
      return c.transfers.map(transferText);
    case "retention":
      return c.retention.map(retentionRuleText);
    case "securityMeasures":
      return c.securityMeasures.map((m) => SECURITY_MEASURE_LABELS[m]);
    case "processors":
      return c.processors.map((x) => {
        const v = vendor(x.processorId);
        const role = PROCESSOR_ROLE_LABELS[x.role].toLowerCase();
        return v
          ? `${v.name} — ${role}, contrat ${v.contractReference}`
          : `Prestataire retiré de la liste — ${role}`;
      });
    case "metropoleDefinedPurposesAndMeans":
      return [
        c.metropoleDefinedPurposesAndMeans
          ? "La Métropole a défini les finalités et les moyens avec la commune"
          : "La Métropole n'a pas défini les finalités ni les moyens",
      ];
    case "dpia":
      return [
        ...c.dpia.criteria.map((x) => `Critère : ${DPIA_CRITERION_LABELS[x]}`),
        ...(c.dpia.reference
          ? [
              `Analyse ${c.dpia.reference}${c.dpia.doneOn ? ` du ${frenchDate(c.dpia.doneOn)}` : ""}`,
            ]
          : []),
        ...(c.dpia.cnilConsultationRequired
          ? [
              c.dpia.cnilConsultedOn
                ? `CNIL consultée le ${frenchDate(c.dpia.cnilConsultedOn)}`
                : "Consultation de la CNIL à faire",
            ]
          : []),
      ];
    case "securityDiagnosis":
      return c.securityDiagnosis.doneOn
        ? [
            `${c.securityDiagnosis.reference || "Diagnostic"} du ${frenchDate(c.securityDiagnosis.doneOn)}`,
          ]
        : [];
  }
}

/** One field a proposal would change: the record's lines, the version's, and which are new or gone. */
export type SharedFieldComparison = {
  field: SharedField;
  label: string;
  current: { text: string; removed: boolean }[];
  proposed: { text: string; added: boolean }[];
};

/**
 * Every shared field in which the record (`current`) and the proposed version differ, in the
 * template's order, each side as its printed lines; a line of the record that the version no longer
 * has is `removed`, a line of the version that the record does not have is `added`.
 */
export function compareSharedVersion(
  current: ProcessingContent,
  proposed: ProcessingContent,
  vendor: VendorName,
): SharedFieldComparison[] {
  return sharedDifferences(current, proposed).map((field) => {
    const before = sharedFieldLines(field, current, vendor);
    const after = sharedFieldLines(field, proposed, vendor);
    return {
      field,
      label: SHARED_FIELD_LABELS[field],
      current: before.map((line) => ({ text: line, removed: !after.includes(line) })),
      proposed: after.map((line) => ({ text: line, added: !before.includes(line) })),
    };
  });
}
