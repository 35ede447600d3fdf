/**
 * A processing record as its form holds it: every field as typed (numbers as text, an empty choice
 * as ""), turned into the domain schema's input on submit — the schema then says what is wrong.
 */
import type { ProcessingContentInput } from "@mutu/domain";

type Purpose = { label: string; legalBasis: string; basisDetail: string };
type DataCategory = { label: string; sensitive: boolean; article9Condition: string };
type Transfer = { recipient: string; country: string; safeguard: string };
type Retention = {
  data: string;
  months: string;
  from: string;
  endAction: string;
  archiveMonths: string;
};
type ProcessorLink = { processorId: string; role: string };

/** What the form holds as the record stores it. */
type SameAsStored = {
  name: string;
  description: string;
  service: string;
  path: string;
  purposes: Purpose[];
  personCategories: string[];
  dataCategories: DataCategory[];
};

export type Draft = SameAsStored & {
  estimatedPersons: string;
  recipients: string[];
  transfers: Transfer[];
  retention: Retention[];
  securityMeasures: string[];
  securityNotes: string;
  /** Applications of the contract's inventory, ticked; others typed. */
  inventoryApplications: string[];
  otherApplications: string[];
  processors: ProcessorLink[];
  metropoleDefinedPurposesAndMeans: boolean;
  dpiaCriteria: string[];
  dpiaReference: string;
  dpiaDoneOn: string;
  cnilConsultationRequired: boolean;
  cnilConsultedOn: string;
  diagnosisDoneOn: string;
  diagnosisReference: string;
  remediation: { priority: string; owner: string; dueOn: string; actions: string; doneOn: string };
};

export const blankPurpose: Purpose = { label: "", legalBasis: "", basisDetail: "" };
export const blankCategory: DataCategory = { label: "", sensitive: false, article9Condition: "" };
export const blankTransfer: Transfer = { recipient: "", country: "", safeguard: "" };
export const blankRetention: Retention = {
  data: "",
  months: "",
  from: "",
  endAction: "",
  archiveMonths: "",
};
export const blankProcessor: ProcessorLink = { processorId: "", role: "processor" };

export function emptyDraft(): Draft {
  return {
    name: "",
    description: "",
    service: "",
    path: "",
    purposes: [blankPurpose],
    personCategories: [""],
    dataCategories: [blankCategory],
    estimatedPersons: "",
    recipients: [],
    transfers: [],
    retention: [blankRetention],
    securityMeasures: [],
    securityNotes: "",
    inventoryApplications: [],
    otherApplications: [],
    processors: [],
    metropoleDefinedPurposesAndMeans: false,
    dpiaCriteria: [],
    dpiaReference: "",
    dpiaDoneOn: "",
    cnilConsultationRequired: false,
    cnilConsultedOn: "",
    diagnosisDoneOn: "",
    diagnosisReference: "",
    remediation: { priority: "", owner: "", dueOn: "", actions: "", doneOn: "" },
  };
}

type StoredContent = SameAsStored & {
  estimatedPersons: number | null;
  recipients: string[];
  transfers: Transfer[];
  retention: {
    data: string;
    months: number;
    from: string;
    endAction: string;
    archiveMonths: number | null;
  }[];
  securityMeasures: string[];
  securityNotes: string;
  applications: string[];
  processors: ProcessorLink[];
  metropoleDefinedPurposesAndMeans: boolean;
  dpia: {
    criteria: string[];
    reference: string;
    doneOn: string | null;
    cnilConsultationRequired: boolean;
    cnilConsultedOn: string | null;
  };
  securityDiagnosis: { doneOn: string | null; reference: string };
  remediation: {
    priority: string;
    owner: string;
    dueOn: string | null;
    actions: string;
    doneOn: string | null;
  } | null;
};

const text = (n: number | null) => (n === null ? "" : String(n));

/** A stored record as its form shows it; `inventory` splits its applications. */
export function draftOf(content: StoredContent, inventory: readonly string[]): Draft {
  const known = new Set(inventory);
  return {
    ...emptyDraft(),
    name: content.name,
    description: content.description,
    service: content.service,
    path: content.path,
    purposes: content.purposes,
    personCategories: content.personCategories,
    dataCategories: content.dataCategories,
    estimatedPersons: text(content.estimatedPersons),
    recipients: content.recipients,
    transfers: content.transfers,
    retention: content.retention.map((r) => ({
      ...r,
      months: String(r.months),
      archiveMonths: text(r.archiveMonths),
    })),
    securityMeasures: content.securityMeasures,
    securityNotes: content.securityNotes,
    inventoryApplications: content.applications.filter((a) => known.has(a)),
    otherApplications: content.applications.filter((a) => !known.has(a)),
    processors: content.processors,
    metropoleDefinedPurposesAndMeans: content.metropoleDefinedPurposesAndMeans,
    dpiaCriteria: content.dpia.criteria,
    dpiaReference: content.dpia.reference,
    dpiaDoneOn: content.dpia.doneOn ?? "",
    cnilConsultationRequired: content.dpia.cnilConsultationRequired,
    cnilConsultedOn: content.dpia.cnilConsultedOn ?? "",
    diagnosisDoneOn: content.securityDiagnosis.doneOn ?? "",
    diagnosisReference: content.securityDiagnosis.reference,
    remediation: content.remediation
      ? {
          ...content.remediation,
          dueOn: content.remediation.dueOn ?? "",
          doneOn: content.remediation.doneOn ?? "",
        }
      : emptyDraft().remediation,
  };
}

/** A number as typed: empty is null, digits a number, anything else left for the schema to refuse. */
const count = (value: string): number | null | string => {
  const trimmed = value.trim().replace(/\s/g, "");
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};

/** The schema's input: what the procedure parses, the form's `check` first. */
export function contentOf(d: Draft): ProcessingContentInput {
  return {
    name: d.name,
    description: d.description,
    service: d.service,
    path: d.path as ProcessingContentInput["path"],
    purposes: d.purposes as ProcessingContentInput["purposes"],
    personCategories: d.personCategories,
    dataCategories: d.dataCategories as ProcessingContentInput["dataCategories"],
    estimatedPersons: count(d.estimatedPersons) as number | null,
    recipients: d.recipients,
    transfers: d.transfers as ProcessingContentInput["transfers"],
    retention: d.retention.map((r) => ({
      data: r.data,
      months: (count(r.months) ?? "") as number,
      from: r.from,
      endAction: r.endAction,
      archiveMonths:
        r.endAction === "intermediate-archive" ? (count(r.archiveMonths) as number | null) : null,
    })) as ProcessingContentInput["retention"],
    securityMeasures: d.securityMeasures as ProcessingContentInput["securityMeasures"],
    securityNotes: d.securityNotes,
    applications: [...d.inventoryApplications, ...d.otherApplications],
    processors: d.processors as ProcessingContentInput["processors"],
    metropoleDefinedPurposesAndMeans: d.metropoleDefinedPurposesAndMeans,
    dpia: {
      criteria: d.dpiaCriteria as NonNullable<ProcessingContentInput["dpia"]>["criteria"],
      reference: d.dpiaReference,
      doneOn: d.dpiaDoneOn,
      cnilConsultationRequired: d.cnilConsultationRequired,
      cnilConsultedOn: d.cnilConsultationRequired ? d.cnilConsultedOn : "",
    },
    securityDiagnosis: {
      doneOn: d.path === "project" ? d.diagnosisDoneOn : "",
      reference: d.path === "project" ? d.diagnosisReference : "",
    },
    remediation:
      d.path === "legacy" &&
      (d.remediation.priority ||
        d.remediation.owner ||
        d.remediation.actions ||
        d.remediation.dueOn)
        ? (d.remediation as NonNullable<ProcessingContentInput["remediation"]>)
        : null,
  };
}
