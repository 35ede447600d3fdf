/**
 * Output schemas of the registers kept beside processing: breaches, requests, the retention
 * schedule, the commune's organisation, the référentiel, disagreements, the processor register.
 */
import {
  BREACH_HANDLERS,
  BREACH_NATURES,
  BREACH_RISK_LEVELS,
  BREACH_STATUSES,
  DISAGREEMENT_OUTCOMES,
  DISAGREEMENT_STEPS,
  IDENTITY_CHECKS,
  instantOutput,
  REFERENCE_DOCUMENT_KINDS,
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  REQUEST_OUTCOMES,
  RETENTION_STEPS,
} from "@mutu/domain";
import { z } from "zod";
import { EXPORT_FORMATS } from "./exports/export.ts";
import { REGISTERS } from "./exports/registers.ts";
import {
  consultationOutput,
  day,
  documentOutput,
  eventOutput,
  maybeInstant,
  orgId,
  processingRef,
  retentionOperationOutput,
  side,
} from "./schemas.ts";

const breachFacts = {
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  number: z.number(),
  title: z.string(),
  natures: z.array(z.enum(BREACH_NATURES)),
  awareAt: instantOutput,
  handledBy: z.enum(BREACH_HANDLERS),
  riskLevel: z.enum(BREACH_RISK_LEVELS).nullable(),
  notifiedAt: maybeInstant,
  personsInformedAt: maybeInstant,
  status: z.enum(BREACH_STATUSES),
  closedAt: maybeInstant,
  deadline: instantOutput,
  late: z.boolean().nullable(),
};
export const breachListInput = z.object({
  orgId: orgId.optional(),
  status: z.enum(BREACH_STATUSES).optional(),
});
export const breachListOutput = z.array(z.object(breachFacts));
export const breachIdInput = z.object({ breachId: z.uuid({ error: "Violation introuvable." }) });
export const breachDetailOutput = z.object({
  ...breachFacts,
  description: z.string(),
  saisine: z
    .object({ id: z.string(), reference: z.string(), title: z.string(), type: z.string() })
    .nullable(),
  processingIds: z.array(z.string()),
  processings: z.array(processingRef),
  personCategories: z.array(z.string()),
  approxPersons: z.number().nullable(),
  dataCategories: z.array(z.string()),
  approxRecords: z.number().nullable(),
  consequences: z.string(),
  measuresTaken: z.string(),
  measuresProposed: z.string(),
  cnilReference: z.string().nullable(),
  lateJustification: z.string().nullable(),
  personsInformationMeans: z.string().nullable(),
  closingNote: z.string().nullable(),
  revision: z.number(),
  actorLabel: z.string(),
  consultations: z.array(consultationOutput),
  blockers: z.array(z.string()),
  mayHandle: z.boolean(),
  mayConsult: z.boolean(),
  events: z.array(eventOutput),
  documents: z.array(documentOutput),
});

const requestFacts = {
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  number: z.number(),
  kind: z.enum(REQUEST_KINDS),
  receivedAt: instantOutput,
  channel: z.enum(REQUEST_CHANNELS),
  identityCheck: z.enum(IDENTITY_CHECKS),
  extendedAt: maybeInstant,
  dueAt: instantOutput,
  answeredAt: maybeInstant,
  outcome: z.enum(REQUEST_OUTCOMES).nullable(),
  state: z.enum(["open", "due-soon", "overdue", "answered", "answered-late"]),
};
export const requestListInput = z.object({ orgId: orgId.optional(), open: z.boolean().optional() });
export const requestListOutput = z.array(z.object(requestFacts));
export const requestIdInput = z.object({ requestId: z.uuid({ error: "Demande introuvable." }) });
export const requestDetailOutput = z.object({
  ...requestFacts,
  requesterName: z.string(),
  requesterContact: z.string(),
  details: z.string(),
  processingIds: z.array(z.string()),
  processings: z.array(processingRef),
  identityNote: z.string(),
  extensionReason: z.string().nullable(),
  personToldAt: maybeInstant,
  firstMonthEndsAt: instantOutput,
  answerSummary: z.string().nullable(),
  handledBy: side,
  consultations: z.array(consultationOutput),
  mayHandle: z.boolean(),
  mayConsult: z.boolean(),
  events: z.array(eventOutput),
  documents: z.array(documentOutput),
});

export const scheduleInput = z.object({
  orgId: orgId.optional(),
  until: day.optional(),
  since: day.optional(),
});
export const scheduleOutput = z.array(
  retentionOperationOutput.extend({
    orgId: z.string(),
    orgName: z.string(),
    processingNumber: z.number(),
    processingName: z.string(),
    steps: z.array(z.enum(RETENTION_STEPS)),
  }),
);

const correspondentOutput = z.object({ name: z.string(), function: z.string(), email: z.string() });
export const overviewOutput = z.object({
  orgId: z.string(),
  orgName: z.string(),
  orgKind: z.enum(["commune", "operator"]),
  options: z.object({
    dpoShared: z.boolean().nullable(),
    breachesHandledBy: z.enum(["commune", "metropole"]).nullable(),
    dataSubjectRequestsHandledBy: z.enum(["commune", "metropole"]).nullable(),
    subProcessorSelection: z.string().nullable(),
    legacyProcessingInventoryDue: day.nullable(),
    source: z.string().nullable(),
  }),
  dpoSide: side,
  inventory: z.array(z.string()),
  settings: z.object({
    ownDpoName: z.string(),
    ownDpoEmail: z.string(),
    ownDpoDesignatedOn: day.nullable(),
    missionLetterReference: z.string(),
    missionLetterOn: day.nullable(),
    correspondents: z.array(correspondentOutput),
    residentRetentionMonths: z.number(),
    legacyInventorySubmittedOn: day.nullable(),
    updatedAt: maybeInstant,
    updatedBy: z.string().nullable(),
  }),
  interlocutors: z.object({ byDefault: z.boolean(), people: z.array(correspondentOutput) }),
  counts: z.object({
    processings: z.record(z.string(), z.number()),
    pendingOpinions: z.number(),
    pendingProposals: z.number(),
    openBreaches: z.number(),
    oldestOpenBreachAwareAt: maybeInstant,
    openRequests: z.number(),
    overdueRequests: z.number(),
    retentionDue: z.number(),
    retentionAwaitingCommune: z.number(),
    notifications: z.number(),
    unacknowledgedNotifications: z.number(),
    openDisagreements: z.number(),
  }),
});

export const referentialOutput = z.array(
  z.object({
    id: z.string(),
    documentKey: z.string(),
    kind: z.enum(REFERENCE_DOCUMENT_KINDS),
    title: z.string(),
    version: z.string(),
    publishedOn: day,
    summary: z.string(),
    publishedBy: z.string(),
    files: z.array(documentOutput),
    notifications: z.array(
      z.object({
        id: z.string(),
        orgId: z.string(),
        orgName: z.string(),
        notifiedOn: day,
        means: z.string(),
        acknowledgedOn: day.nullable(),
      }),
    ),
  }),
);

export const disagreementsOutput = z.array(
  z.object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    processingId: z.string().nullable(),
    processingName: z.string().nullable(),
    processingNumber: z.number().nullable(),
    subject: z.string(),
    raisedAt: instantOutput,
    raisedBy: z.string(),
    status: z.enum(["open", "closed"]),
    steps: z.array(
      z.object({
        step: z.enum(DISAGREEMENT_STEPS),
        heldOn: day,
        participants: z.string(),
        outcome: z.enum(DISAGREEMENT_OUTCOMES),
        summary: z.string(),
        recordedBy: z.string(),
        recordedAt: z.string(),
      }),
    ),
    nextStep: z.enum(DISAGREEMENT_STEPS).nullable(),
  }),
);

export const processorRegisterOutput = z.object({
  controller: z.object({ id: z.string(), name: z.string(), dpo: z.string() }),
  processor: z.object({ name: z.string(), dpo: z.string() }),
  day,
  entries: z.array(
    z.object({
      number: z.number(),
      name: z.string(),
      role: z.string(),
      inForceOn: day.nullable(),
      purposes: z.array(z.string()),
      personCategories: z.array(z.string()),
      dataCategories: z.array(z.string()),
      transfers: z.array(z.string()),
      security: z.array(z.string()),
      securityNotes: z.string(),
      subProcessors: z.array(z.string()),
    }),
  ),
});

export const exportInput = z.object({
  orgId: orgId.optional(),
  register: z.enum(REGISTERS, { error: "Registre inconnu." }),
  format: z.enum(EXPORT_FORMATS, { error: "Format inconnu : PDF, CSV, ODS ou JSON." }),
});
export const fileOutput = z.object({
  filename: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
export const countOutput = z.object({ notified: z.number() });
export const settingsSavedOutput = z.object({ orgId: z.string() });
