/**
 * The tenancy walk's RGPD part: what a victim holds in its registers (a processing awaiting its
 * DPO's opinion with a document, a shared processing's proposal, a breach with a consultation, a
 * request, a retention pass, a disagreement, a référentiel notification, a vendor of its own) and
 * the probes an attacker sends against them. Written as system work: the probes are under test.
 */
import { schema, type Tx } from "@mutu/db";
import { inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Probe, Victim } from "./tenancy-probes.ts";

export type RgpdVictim = {
  /** Ends the victim's own words (its organisation's id): another victim's never match. */
  marker: string;
  processingId: string;
  opinionId: string;
  proposalId: string;
  sharedId: string;
  vendorId: string;
  breachId: string;
  requestId: string;
  operationId: string;
  documentId: string;
  referenceId: string;
  notificationId: string;
  disagreementId: string;
};

/** Words only this victim's records hold: an attacker's response must never contain them. */
export const rgpdSecrets = (v: RgpdVictim) =>
  ["Traitement de la victime", "Personne de la victime", "Violation de la victime"].map(
    (words) => `${words} ${v.marker}`,
  );

const victimContent = (marker: string) => ({
  ...content,
  name: `Traitement de la victime ${marker}`,
});
const content = {
  name: "Modèle",
  description: "",
  service: "",
  path: "direct",
  purposes: [{ label: "Finalité", legalBasis: "public-task", basisDetail: "" }],
  personCategories: ["Usagers"],
  dataCategories: [{ label: "Identité", sensitive: false, article9Condition: "" }],
  estimatedPersons: null,
  recipients: [],
  transfers: [],
  retention: [
    { data: "Dossiers", months: 12, from: "clôture", endAction: "erase", archiveMonths: null },
  ],
  securityMeasures: [],
  securityNotes: "",
  applications: [],
  processors: [],
  metropoleDefinedPurposesAndMeans: false,
  dpia: {
    criteria: [],
    reference: "",
    doneOn: null,
    cnilConsultationRequired: false,
    cnilConsultedOn: null,
  },
  securityDiagnosis: { doneOn: null, reference: "" },
  remediation: null,
} as const;

const actor = { actorLabel: "Victime", actorSide: "commune" };

/** The victim's RGPD records, on `target` (the victim, or one of its members for an operator). */
export async function victimRgpd(
  tx: Tx,
  target: { id: string; operatorId: string | null },
  n: number,
) {
  const orgId = target.id;
  const operatorId = target.operatorId ?? target.id;
  const now = new Date();
  const one = <T>(rows: T[]) => {
    const [row] = rows;
    if (!row) throw new Error("setup");
    return row;
  };
  const shared = one(
    await tx
      .insert(schema.rgpdSharedProcessings)
      .values({
        orgId: operatorId,
        name: "Modèle partagé",
        version: 2,
        content: { ...content, name: "Modèle partagé" } as never,
      })
      .returning(),
  );
  const processing = one(
    await tx
      .insert(schema.rgpdProcessings)
      .values({
        orgId,
        operatorId,
        number: 900 + n,
        name: `Traitement de la victime ${orgId}`,
        status: "awaiting-opinion",
        path: "direct",
        content: victimContent(orgId) as never,
        revision: 1,
        sensitive: false,
        dpiaRequired: false,
        metropoleRole: "processor",
        sharedId: shared.id,
        sharedVersion: 1,
        recordedOn: "2026-01-15",
        inForceOn: "2026-01-15",
      })
      .returning(),
  );
  const opinion = one(
    await tx
      .insert(schema.rgpdOpinions)
      .values({
        processingId: processing.id,
        orgId,
        revision: 1,
        dpoSide: "operator",
        requestedAt: now,
        requestNote: "",
        requestedByLabel: "Victime",
      })
      .returning(),
  );
  const proposal = one(
    await tx
      .insert(schema.rgpdSharedProposals)
      .values({
        orgId,
        processingId: processing.id,
        sharedId: shared.id,
        fromVersion: 1,
        toVersion: 2,
        status: "pending",
      })
      .returning(),
  );
  const vendor = one(
    await tx
      .insert(schema.rgpdProcessors)
      .values({
        orgId,
        operatorId,
        name: "Prestataire de la victime",
        address: "",
        dpoContact: "",
        contractReference: "ART28-VICTIME",
        commitments: "Engagements",
      })
      .returning(),
  );
  const breach = one(
    await tx
      .insert(schema.rgpdBreaches)
      .values({
        orgId,
        operatorId,
        number: 900 + n,
        title: `Violation de la victime ${orgId}`,
        description: `Violation de la victime ${orgId}`,
        natures: ["confidentiality"],
        awareAt: new Date(now.getTime() - 3_600_000),
        handledBy: "metropole",
        processingIds: [],
        personCategories: [],
        dataCategories: [],
        consequences: "",
        measuresTaken: "",
        measuresProposed: "",
        status: "open",
        revision: 1,
        ...actor,
      })
      .returning(),
  );
  const request = one(
    await tx
      .insert(schema.rgpdRequests)
      .values({
        orgId,
        operatorId,
        number: 900 + n,
        kind: "access",
        receivedAt: new Date(now.getTime() - 86_400_000),
        channel: "courriel",
        requesterName: `Personne de la victime ${orgId}`,
        requesterContact: "personne@victime.fr",
        details: "Demande",
        processingIds: [],
        identityCheck: "not-required",
        identityNote: "",
        dueAt: new Date(now.getTime() + 20 * 86_400_000),
        ...actor,
      })
      .returning(),
  );
  await tx.insert(schema.rgpdConsultations).values({
    orgId,
    subject: "breach",
    subjectId: breach.id,
    consultedAt: now,
    service: "Service de la victime",
    observations: "Observations",
    ...actor,
  });
  const operation = one(
    await tx
      .insert(schema.rgpdRetentionOperations)
      .values({
        orgId,
        processingId: processing.id,
        chainKey: "0",
        data: "Dossiers",
        fromEvent: "clôture",
        months: 12,
        action: "erase",
        dueOn: "2026-01-15",
        cutoffOn: "2025-01-15",
        final: false,
        status: "commune-informed",
      })
      .returning(),
  );
  const document = one(
    await tx
      .insert(schema.rgpdDocuments)
      .values({
        orgId,
        subject: "processing",
        subjectId: processing.id,
        title: `Traitement de la victime ${orgId}`,
        fileName: "victime.pdf",
        mediaType: "application/pdf",
        sizeBytes: 8,
        sha256: "0".repeat(64),
        content: Buffer.from("%PDF-1.4"),
        ...actor,
      })
      .returning(),
  );
  const reference = one(
    await tx
      .insert(schema.rgpdReferenceDocuments)
      .values({
        orgId: operatorId,
        documentKey: `victime-${n}`,
        kind: "policy",
        title: "Politique de la victime",
        version: "1",
        publishedOn: "2025-01-01",
        summary: "",
        publishedByLabel: "Victime",
      })
      .returning(),
  );
  const notification = one(
    await tx
      .insert(schema.rgpdReferenceNotifications)
      .values({
        orgId,
        documentId: reference.id,
        notifiedOn: "2025-01-02",
        means: "Courrier",
        recordedByLabel: "Victime",
      })
      .returning(),
  );
  const disagreement = one(
    await tx
      .insert(schema.rgpdDisagreements)
      .values({
        orgId,
        operatorId,
        processingId: processing.id,
        subject: "Désaccord",
        raisedAt: now,
        raisedByLabel: "Victime",
        status: "open",
        steps: [],
      })
      .returning(),
  );
  return {
    marker: orgId,
    processingId: processing.id,
    opinionId: opinion.id,
    proposalId: proposal.id,
    sharedId: shared.id,
    vendorId: vendor.id,
    breachId: breach.id,
    requestId: request.id,
    operationId: operation.id,
    documentId: document.id,
    referenceId: reference.id,
    notificationId: notification.id,
    disagreementId: disagreement.id,
  } satisfies RgpdVictim;
}

/** Every RGPD row of these organisations, in a stable order. */
export async function rgpdSnapshot(tx: Tx, orgIds: string[]) {
  const byOrg = <T extends { orgId: PgColumn }>(table: PgTable & T) =>
    tx.select().from(table).where(inArray(table.orgId, orgIds));
  const sorted = <R>(rows: R[]) => rows.map((r) => JSON.stringify(r)).sort();
  const tables = {
    processings: schema.rgpdProcessings,
    opinions: schema.rgpdOpinions,
    shared: schema.rgpdSharedProcessings,
    sharedVersions: schema.rgpdSharedVersions,
    proposals: schema.rgpdSharedProposals,
    vendors: schema.rgpdProcessors,
    breaches: schema.rgpdBreaches,
    requests: schema.rgpdRequests,
    consultations: schema.rgpdConsultations,
    events: schema.rgpdEvents,
    documents: schema.rgpdDocuments,
    settings: schema.rgpdSettings,
    retention: schema.rgpdRetentionOperations,
    references: schema.rgpdReferenceDocuments,
    notifications: schema.rgpdReferenceNotifications,
    disagreements: schema.rgpdDisagreements,
  };
  const out: Record<string, string[]> = {};
  for (const [name, table] of Object.entries(tables))
    out[name] = sorted(await byOrg(table as never));
  return out;
}

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
