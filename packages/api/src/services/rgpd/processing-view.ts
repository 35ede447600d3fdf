/**
 * Reading processing records: the register's rows (one statement: each record with where its
 * DPO's opinion stands and whether a new version of its shared template awaits the commune), and
 * one record with all that is worked out from it — the Métropole's role and what limits it, the
 * impact assessment, what blocks its implementation, what may be done next.
 */
import {
  changedSinceOpinion,
  compareSharedVersion,
  dpiaAssessment,
  dpoSide,
  inForceBlockers,
  metropoleResponsibility,
  type OpinionOutcome,
  processingActions,
  retentionSteps,
  sharedDifferences,
  SHARED_FIELD_LABELS,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { eventsOf, loadRecord, orgOf, rgpdOptions, sideOf, standardNotifiedOn } from "./context.ts";
import { documentsOf } from "./documents.ts";

const {
  rgpdOpinions,
  rgpdProcessings,
  rgpdProcessors,
  rgpdRetentionOperations,
  rgpdSharedProcessings,
  rgpdSharedProposals,
  rgpdSharedVersions,
} = schema;

const p = rgpdProcessings;
/**
 * The record's id, table-qualified: drizzle writes a single-table select's columns bare, and a bare
 * `id` inside these subqueries would name the subquery's own table.
 */
const pid = sql.raw('"rgpd_processings"."id"');

const lastOutcome = sql<OpinionOutcome | null>`(select o.outcome from ${rgpdOpinions} o
  where o.processing_id = ${pid} and o.outcome is not null order by o.given_at desc limit 1)`;
const pendingOpinion = sql<boolean>`exists(select 1 from ${rgpdOpinions} o
  where o.processing_id = ${pid} and o.outcome is null)`;
const lastFavourableRevision = sql<number | null>`(select max(o.revision) from ${rgpdOpinions} o
  where o.processing_id = ${pid} and o.outcome in ('favourable', 'favourable-with-reservations'))`;
const pendingProposal = sql<boolean>`exists(select 1 from ${rgpdSharedProposals} sp
  where sp.processing_id = ${pid} and sp.status = 'pending')`;

export const summaryColumns = {
  id: p.id,
  orgId: p.orgId,
  number: p.number,
  name: p.name,
  status: p.status,
  path: p.path,
  service: sql<string>`${p.content}->>'service'`,
  sensitive: p.sensitive,
  dpiaRequired: p.dpiaRequired,
  metropoleRole: p.metropoleRole,
  revision: p.revision,
  sharedId: p.sharedId,
  inForceOn: p.inForceOn,
  endedOn: p.endedOn,
  updatedAt: p.updatedAt,
  lastOutcome,
  pendingOpinion,
  lastFavourableRevision,
  pendingProposal,
};

export type ProcessingFilter = { status?: string | undefined; q?: string | undefined };

/** One organisation's register, in its numbering order. */
export function selectRegister(tx: Tx, orgId: string, filter: ProcessingFilter = {}) {
  const where: SQL[] = [eq(p.orgId, orgId)];
  if (filter.status) where.push(eq(p.status, filter.status as never));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(p.name, like), sql`${p.content}->>'service' ilike ${like}`);
    if (match) where.push(match);
  }
  return tx
    .select(summaryColumns)
    .from(p)
    .where(and(...where))
    .orderBy(asc(p.number));
}

export type SummaryRow = Awaited<ReturnType<typeof selectRegister>>[number];

export const summaryOf = (row: SummaryRow) => ({
  ...row,
  pendingOpinion: Boolean(row.pendingOpinion),
  pendingProposal: Boolean(row.pendingProposal),
  changedSinceOpinion:
    row.lastFavourableRevision !== null && Number(row.lastFavourableRevision) < row.revision,
});

/** A record, locked for a change when `lock` is set; unknown (or out of scope) reads as not found. */
export const loadProcessing = (tx: Tx, processingId: string, lock = false) =>
  loadRecord(tx, p, processingId, "Traitement", lock);
export type ProcessingRow = Awaited<ReturnType<typeof loadProcessing>>;

export function opinionsOf(tx: Tx, processingId: string) {
  return tx
    .select()
    .from(rgpdOpinions)
    .where(eq(rgpdOpinions.processingId, processingId))
    .orderBy(asc(rgpdOpinions.requestedAt));
}

/** The record as its page shows it, with everything derived from it. */
export async function processingDetail(tx: Tx, caller: Caller, row: ProcessingRow, today: string) {
  const [org, options, notifiedOn, opinions, events, documents, retention, proposals] =
    await Promise.all([
      orgOf(tx, row.orgId),
      rgpdOptions(tx, caller, row.orgId, today),
      standardNotifiedOn(tx, row.orgId),
      opinionsOf(tx, row.id),
      eventsOf(tx, row.id),
      documentsOf(tx, row.id),
      tx
        .select()
        .from(rgpdRetentionOperations)
        .where(eq(rgpdRetentionOperations.processingId, row.id))
        .orderBy(asc(rgpdRetentionOperations.dueOn)),
      tx
        .select()
        .from(rgpdSharedProposals)
        .where(eq(rgpdSharedProposals.processingId, row.id))
        .orderBy(desc(rgpdSharedProposals.createdAt)),
    ]);
  const shared = row.sharedId ? await sharedOf(tx, row) : null;
  const proposed = await proposedVersions(
    tx,
    row.sharedId,
    proposals.map((x) => x.toVersion),
  );
  // The record's processors, and those a proposed version names (to word the comparison).
  const processorIds = row.content.processors.map((x) => x.processorId);
  const namedIds = [
    ...new Set([
      ...processorIds,
      ...[...proposed.values()].flatMap((v) => v.content.processors.map((x) => x.processorId)),
    ]),
  ];
  const vendors = namedIds.length
    ? await tx.select().from(rgpdProcessors).where(inArray(rgpdProcessors.id, namedIds))
    : [];
  const vendorById = new Map(vendors.map((v) => [v.id, v]));
  const processors = vendors.filter((v) => processorIds.includes(v.id));
  const facts = {
    status: row.status,
    revision: row.revision,
    content: row.content,
    opinions: opinions.map((o) => ({ revision: o.revision, outcome: o.outcome })),
  };
  const side = dpoSide(org, options.dpoShared);
  const manage = caller.permissions.includes("rgpd.manage");
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: org.name,
    number: row.number,
    status: row.status,
    revision: row.revision,
    content: row.content,
    recordedOn: row.recordedOn,
    inForceOn: row.inForceOn,
    endedOn: row.endedOn,
    endDeclaration: row.endDeclaration,
    updatedAt: row.updatedAt,
    responsibility: metropoleResponsibility({
      ownProcessing: org.kind === "operator",
      definedPurposesAndMeansAsContractingAuthority: row.content.metropoleDefinedPurposesAndMeans,
      path: row.content.path,
      standardNotifiedOn: notifiedOn,
      recordedOn: row.recordedOn,
    }),
    dpia: dpiaAssessment(row.content),
    dpoSide: side,
    blockers: row.status === "draft" ? inForceBlockers(facts) : [],
    changedSinceOpinion: changedSinceOpinion(facts),
    actions: processingActions(facts, {
      manage,
      opinion: caller.permissions.includes("rgpd.opinion") && sideOf(caller) === side,
    }),
    opinions: opinions.map((o) => ({
      id: o.id,
      revision: o.revision,
      dpoSide: o.dpoSide,
      requestedAt: o.requestedAt,
      requestNote: o.requestNote,
      requestedBy: o.requestedByLabel,
      givenAt: o.givenAt,
      outcome: o.outcome,
      reservations: o.reservations ?? [],
      text: o.text,
      givenBy: o.givenByLabel,
    })),
    processors: processors.map((v) => ({
      id: v.id,
      name: v.name,
      contractReference: v.contractReference,
      contractExpiresOn: v.contractExpiresOn,
    })),
    inventory: options.applications,
    shared,
    proposals: proposals.map((x) => ({
      id: x.id,
      fromVersion: x.fromVersion,
      toVersion: x.toVersion,
      status: x.status,
      createdAt: x.createdAt,
      decidedAt: x.decidedAt,
      decidedBy: x.decidedByLabel,
      reason: x.reason,
      // What the Métropole says of the version, and the shared fields it would change in the record.
      changeNote: proposed.get(x.toVersion)?.changeNote ?? null,
      changes: (() => {
        const version = proposed.get(x.toVersion);
        return version
          ? sharedDifferences(row.content, version.content).map((f) => SHARED_FIELD_LABELS[f])
          : [];
      })(),
      // For the version still to decide on: each changed field, the record's words beside the
      // version's (a decided proposal's differences are the record's divergences, shown apart).
      comparison: (() => {
        const version = proposed.get(x.toVersion);
        return version && x.status === "pending"
          ? compareSharedVersion(row.content, version.content, (id) => vendorById.get(id) ?? null)
          : [];
      })(),
    })),
    retention: retention.map((op) => ({
      ...operationSummary(op),
      steps: manage ? retentionSteps(op, org.kind, sideOf(caller)) : [],
    })),
    events,
    documents,
  };
}

/** The versions of a shared processing that were proposed to a record, by number. */
async function proposedVersions(tx: Tx, sharedId: string | null, versions: number[]) {
  if (!sharedId || versions.length === 0) return new Map<number, never>();
  const rows = await tx
    .select({
      version: rgpdSharedVersions.version,
      content: rgpdSharedVersions.content,
      changeNote: rgpdSharedVersions.changeNote,
    })
    .from(rgpdSharedVersions)
    .where(
      and(eq(rgpdSharedVersions.sharedId, sharedId), inArray(rgpdSharedVersions.version, versions)),
    );
  return new Map(rows.map((r) => [r.version, r]));
}

/**
 * The shared processing a record adopted: its name, current version and the one adopted, and the
 * shared fields in which the commune's record departs from the version it adopted.
 */
async function sharedOf(tx: Tx, row: ProcessingRow) {
  if (!row.sharedId) return null;
  const [template] = await tx
    .select()
    .from(rgpdSharedProcessings)
    .where(eq(rgpdSharedProcessings.id, row.sharedId));
  if (!template) return null;
  const [adopted] =
    row.sharedVersion === null
      ? []
      : await tx
          .select({ content: rgpdSharedVersions.content })
          .from(rgpdSharedVersions)
          .where(
            and(
              eq(rgpdSharedVersions.sharedId, template.id),
              eq(rgpdSharedVersions.version, row.sharedVersion),
            ),
          );
  return {
    id: template.id,
    name: template.name,
    version: template.version,
    adoptedVersion: row.sharedVersion,
    divergences: sharedDifferences(row.content, adopted?.content ?? template.content).map(
      (field) => SHARED_FIELD_LABELS[field],
    ),
  };
}

export const operationSummary = (o: typeof rgpdRetentionOperations.$inferSelect) => ({
  id: o.id,
  processingId: o.processingId,
  chainKey: o.chainKey,
  data: o.data,
  fromEvent: o.fromEvent,
  months: o.months,
  action: o.action,
  dueOn: o.dueOn,
  cutoffOn: o.cutoffOn,
  final: o.final,
  status: o.status,
  informedAt: o.informedAt,
  informedBy: o.informedBy,
  confirmedAt: o.confirmedAt,
  confirmedBy: o.confirmedBy,
  declinedReason: o.declinedReason,
  doneAt: o.doneAt,
  doneBy: o.doneBy,
  doneNote: o.doneNote,
});
