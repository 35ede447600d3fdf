/**
 * The tenancy walk's RGPD part: what a victim holds in its registers (a processing awaiting its
 * DPO's opinion with a document, a shared processing's proposal, a breach with a consultation, a
 * request, a retention pass, a disagreement, a référentiel notification, a vendor of its own) and
 * what they hold, to compare before and after the walk (the probes are in tenancy-rgpd-probes.ts).
 * Written as system work: the probes are under test.
 */
import { schema, type Tx } from "@mutu/db";
import { breachRow } from "@mutu/db/testing";
import { inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";

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
export const content = {
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
      .values(
        breachRow({
          orgId,
          operatorId,
          number: 900 + n,
          title: `Violation de la victime ${orgId}`,
          description: `Violation de la victime ${orgId}`,
          awareAt: new Date(now.getTime() - 3_600_000),
          status: "open",
          ...actor,
        }),
      )
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
