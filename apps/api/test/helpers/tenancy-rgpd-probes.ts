/**
 * The tenancy walk's RGPD probes: for each RGPD procedure, what an attacker sends against the
 * records a victim holds (tenancy-rgpd.ts writes them).
 */
import type { Probe, Victim } from "./tenancy-probes.ts";
import { content } from "./tenancy-rgpd.ts";

const now = "2026-01-20T10:00";
let published = 0;
/** The organisations an attacker names: the victim, and the member holding its records. */
const orgs = (v: Victim) => [...new Set([v.orgId, v.saisineOrgId])];

/** For each RGPD procedure, what an attacker tries against the victim. */
export const rgpdProbes: Record<string, Probe> = {
  "rgpd.overview": { kind: "query", inputs: (v) => [{}, ...orgs(v).map((orgId) => ({ orgId }))] },
  "rgpd.saveSettings": {
    kind: "mutation",
    inputs: (v) =>
      orgs(v).map((orgId) => ({ orgId, correspondents: [], residentRetentionMonths: 3 })),
  },
  "rgpd.processing.list": {
    kind: "query",
    inputs: (v) => [
      {},
      ...orgs(v).map((orgId) => ({ orgId })),
      { orgId: v.saisineOrgId, q: "victime" },
    ],
  },
  "rgpd.processing.get": { kind: "query", inputs: (v) => [{ processingId: v.rgpd.processingId }] },
  "rgpd.processing.create": {
    kind: "mutation",
    inputs: (v) =>
      orgs(v).map((orgId) => ({ orgId, content: { ...content, name: "Traitement intrus" } })),
  },
  "rgpd.processing.update": {
    kind: "mutation",
    inputs: (v) => [
      { processingId: v.rgpd.processingId, revision: 1, content: { ...content, name: "Réécrit" } },
    ],
  },
  "rgpd.processing.requestOpinion": {
    kind: "mutation",
    inputs: (v) => [{ processingId: v.rgpd.processingId, revision: 1, note: "" }],
  },
  "rgpd.processing.giveOpinion": {
    kind: "mutation",
    inputs: (v) => [
      { processingId: v.rgpd.processingId, outcome: "favourable", reservations: [], text: "" },
    ],
  },
  "rgpd.processing.putInForce": {
    kind: "mutation",
    inputs: (v) => [{ processingId: v.rgpd.processingId, revision: 1, inForceOn: "2026-01-15" }],
  },
  "rgpd.processing.end": {
    kind: "mutation",
    inputs: (v) => [
      { processingId: v.rgpd.processingId, endedOn: "2026-01-16", declaration: "Arrêt intrus" },
    ],
  },
  "rgpd.shared.list": {
    kind: "query",
    inputs: (v) => [{}, ...orgs(v).map((orgId) => ({ orgId }))],
  },
  "rgpd.shared.get": { kind: "query", inputs: (v) => [{ sharedId: v.rgpd.sharedId }] },
  "rgpd.shared.save": {
    kind: "mutation",
    inputs: (v) => [{ sharedId: v.rgpd.sharedId, version: 2, content, changeNote: "Intrus" }],
  },
  "rgpd.shared.adopt": {
    kind: "mutation",
    inputs: (v) => orgs(v).map((orgId) => ({ sharedId: v.rgpd.sharedId, orgId, service: "" })),
  },
  "rgpd.shared.decide": {
    kind: "mutation",
    inputs: (v) => [
      { proposalId: v.rgpd.proposalId, accept: true, reason: "" },
      { proposalId: v.rgpd.proposalId, accept: false, reason: "Refus intrus" },
    ],
  },
  "rgpd.processors.list": { kind: "query", inputs: () => [undefined] },
  "rgpd.processors.save": {
    kind: "mutation",
    inputs: (v) => [
      {
        processorId: v.rgpd.vendorId,
        name: "Intrus",
        contractReference: "X",
        commitments: "Aucun",
      },
      { name: "Intrus", contractReference: "X", commitments: "Aucun", communeId: v.saisineOrgId },
    ],
  },
  "rgpd.breaches.list": {
    kind: "query",
    inputs: (v) => [{}, ...orgs(v).map((orgId) => ({ orgId }))],
  },
  "rgpd.breaches.get": { kind: "query", inputs: (v) => [{ breachId: v.rgpd.breachId }] },
  "rgpd.breaches.open": {
    kind: "mutation",
    inputs: (v) =>
      orgs(v).map((orgId) => ({
        orgId,
        awareAt: now,
        title: "Intrus",
        description: "Intrus",
        natures: ["integrity"],
      })),
  },
  "rgpd.breaches.assess": {
    kind: "mutation",
    inputs: (v) => [
      {
        breachId: v.rgpd.breachId,
        revision: 1,
        title: "Réécrite",
        description: "Réécrite",
        natures: ["integrity"],
        riskLevel: "none",
      },
    ],
  },
  "rgpd.breaches.notify": {
    kind: "mutation",
    inputs: (v) => [
      { breachId: v.rgpd.breachId, notifiedAt: now, cnilReference: "X", lateJustification: "" },
    ],
  },
  "rgpd.breaches.informPersons": {
    kind: "mutation",
    inputs: (v) => [{ breachId: v.rgpd.breachId, informedAt: now, means: "Courriel" }],
  },
  "rgpd.breaches.close": { kind: "mutation", inputs: (v) => [{ breachId: v.rgpd.breachId }] },
  "rgpd.requests.list": {
    kind: "query",
    inputs: (v) => [{}, { open: true }, ...orgs(v).map((orgId) => ({ orgId }))],
  },
  "rgpd.requests.get": { kind: "query", inputs: (v) => [{ requestId: v.rgpd.requestId }] },
  "rgpd.requests.register": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.saisineOrgId,
        kind: "access",
        receivedAt: now,
        channel: "courriel",
        requesterName: "Intrus",
        details: "Intrus",
      },
    ],
  },
  "rgpd.requests.checkIdentity": {
    kind: "mutation",
    inputs: (v) => [{ requestId: v.rgpd.requestId, identityCheck: "failed" }],
  },
  "rgpd.requests.extend": {
    kind: "mutation",
    inputs: (v) => [{ requestId: v.rgpd.requestId, reason: "Intrus", personToldAt: now }],
  },
  "rgpd.requests.answer": {
    kind: "mutation",
    inputs: (v) => [
      { requestId: v.rgpd.requestId, answeredAt: now, outcome: "refused", summary: "Intrus" },
    ],
  },
  "rgpd.consult": {
    kind: "mutation",
    inputs: (v) => [
      {
        subject: "breach",
        subjectId: v.rgpd.breachId,
        consultedAt: now,
        service: "X",
        observations: "Intrus",
      },
      {
        subject: "request",
        subjectId: v.rgpd.requestId,
        consultedAt: now,
        service: "X",
        observations: "Intrus",
      },
    ],
  },
  "rgpd.retention.schedule": {
    kind: "query",
    inputs: (v) => [{}, ...orgs(v).map((orgId) => ({ orgId }))],
  },
  ...Object.fromEntries(
    ["inform", "confirm", "carryOut"].map((step) => [
      `rgpd.retention.${step}`,
      {
        kind: "mutation",
        inputs: (v: Victim) => [{ operationId: v.rgpd.operationId, note: "Intrus" }],
      },
    ]),
  ),
  "rgpd.retention.decline": {
    kind: "mutation",
    inputs: (v) => [{ operationId: v.rgpd.operationId, reason: "Intrus" }],
  },
  "rgpd.referential.list": {
    kind: "query",
    inputs: (v) => [{}, ...orgs(v).map((orgId) => ({ orgId }))],
  },
  "rgpd.referential.publish": {
    kind: "mutation",
    // Another operator's document cannot be reached (its key is looked up in the caller's own
    // référentiel): each call publishes a version of its own, so none conflicts with the last.
    inputs: () => [
      {
        documentKey: "victime-1",
        kind: "policy",
        title: "Intrus",
        version: `v${++published}`,
        publishedOn: "2026-01-01",
      },
    ],
  },
  "rgpd.referential.notify": {
    kind: "mutation",
    inputs: (v) => [
      { documentId: v.rgpd.referenceId, orgIds: [v.saisineOrgId], notifiedOn: "2026-01-01" },
    ],
  },
  "rgpd.referential.acknowledge": {
    kind: "mutation",
    inputs: (v) => [{ notificationId: v.rgpd.notificationId, acknowledgedOn: "2026-01-03" }],
  },
  "rgpd.disagreements.list": {
    kind: "query",
    inputs: (v) => [{}, ...orgs(v).map((orgId) => ({ orgId }))],
  },
  "rgpd.disagreements.raise": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.saisineOrgId, processingId: v.rgpd.processingId, subject: "Désaccord intrus" },
    ],
  },
  "rgpd.disagreements.recordStep": {
    kind: "mutation",
    inputs: (v) => [
      {
        disagreementId: v.rgpd.disagreementId,
        step: "directors-general",
        heldOn: "2026-01-20",
        participants: "Intrus",
        outcome: "settled",
        summary: "Intrus",
      },
    ],
  },
  "rgpd.documents.upload": {
    kind: "mutation",
    inputs: (v) => [
      {
        subject: "processing",
        subjectId: v.rgpd.processingId,
        fileName: "intrus.pdf",
        mediaType: "application/pdf",
        contentBase64: Buffer.from("%PDF-1.4 intrus").toString("base64"),
      },
    ],
  },
  "rgpd.documents.download": { kind: "query", inputs: (v) => [{ documentId: v.rgpd.documentId }] },
  "rgpd.processorRegister": {
    kind: "query",
    inputs: (v) => [{}, ...orgs(v).map((orgId) => ({ orgId }))],
  },
  "rgpd.exportRegister": {
    kind: "query",
    inputs: (v) => [
      ...orgs(v).map((orgId) => ({ orgId, register: "processings", format: "json" })),
      { register: "requests", format: "csv" },
    ],
  },
  "rgpd.exportArchive": { kind: "query", inputs: (v) => orgs(v).map((orgId) => ({ orgId })) },
};
