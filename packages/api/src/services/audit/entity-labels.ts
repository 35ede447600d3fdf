/**
 * What an audit entry is about, by its name: a saisine by its reference (« BEG-2026-000003 »),
 * a person by their name, a contract by its commune, a version by its number… — read in the
 * caller's tenant scope, one query per kind of object on the page. What is no longer within reach
 * keeps no name (the page says the kind of object only).
 */
import { type AuditEntity, frenchDate, frenchNumero, isAuditEntity, ofName } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { eq, inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { versionLabel } from "../contracts/latest-signed.ts";

const {
  annualReports,
  apiTokens,
  contracts,
  contractVersions,
  digitalPlans,
  meetingActions,
  meetings,
  organisations,
  people,
  projects,
  rgpdBreaches,
  rgpdProcessings,
  rgpdRequests,
  saisineViews,
  saisines,
} = schema;

type Named = { id: string; label: string };

/** A record named by one of its text columns (a saisine's reference, a person's name…). */
const named =
  <T extends PgTable & { id: PgColumn }>(table: T, label: PgColumn) =>
  (tx: Tx, ids: string[]) =>
    tx
      .select({ id: table.id, label })
      .from(table as PgTable)
      .where(inArray(table.id, ids)) as Promise<Named[]>;

/** The records of the RGPD registers go by their number: their names may hold personal data. */
const numbered =
  (table: typeof rgpdBreaches | typeof rgpdRequests | typeof rgpdProcessings, word: string) =>
  async (tx: Tx, ids: string[]) =>
    (
      await tx
        .select({ id: table.id, number: table.number })
        .from(table)
        .where(inArray(table.id, ids))
    ).map((r) => ({ id: r.id, label: `${word} ${frenchNumero(r.number)}` }));

const LOOKUPS: Partial<Record<AuditEntity, (tx: Tx, ids: string[]) => Promise<Named[]>>> = {
  saisine: named(saisines, saisines.reference),
  person: named(people, people.displayName),
  organisation: named(organisations, organisations.name),
  "api-token": named(apiTokens, apiTokens.name),
  "saisine-view": named(saisineViews, saisineViews.name),
  contract: async (tx, ids) =>
    (
      await tx
        .select({ id: contracts.id, org: organisations.name })
        .from(contracts)
        .innerJoin(organisations, eq(organisations.id, contracts.orgId))
        .where(inArray(contracts.id, ids))
    ).map((c) => ({ id: c.id, label: `Contrat ${ofName(c.org)}` })),
  "contract-version": async (tx, ids) =>
    (
      await tx
        .select({
          id: contractVersions.id,
          kind: contractVersions.kind,
          amendmentNumber: contractVersions.amendmentNumber,
          seq: contractVersions.seq,
          org: organisations.name,
        })
        .from(contractVersions)
        .innerJoin(contracts, eq(contracts.id, contractVersions.contractId))
        .innerJoin(organisations, eq(organisations.id, contracts.orgId))
        .where(inArray(contractVersions.id, ids))
    ).map((v) => ({ id: v.id, label: `${versionLabel(v)} ${ofName(v.org)}` })),
  project: named(projects, projects.title),
  "digital-plan": named(digitalPlans, digitalPlans.title),
  meeting: async (tx, ids) =>
    (
      await tx
        .select({ id: meetings.id, label: meetings.label, day: meetings.day })
        .from(meetings)
        .where(inArray(meetings.id, ids))
    ).map((m) => ({ id: m.id, label: `${m.label} du ${frenchDate(m.day)}` })),
  meeting_action: named(meetingActions, meetingActions.title),
  "annual-report": async (tx, ids) =>
    (
      await tx
        .select({ id: annualReports.id, year: annualReports.year })
        .from(annualReports)
        .where(inArray(annualReports.id, ids))
    ).map((r) => ({ id: r.id, label: `Rapport ${r.year}` })),
  processing: numbered(rgpdProcessings, "Traitement"),
  breach: numbered(rgpdBreaches, "Violation"),
  request: numbered(rgpdRequests, "Demande"),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The name of each entry's object, keyed `entity:id`. */
export async function entityLabels(
  tx: Tx,
  entries: readonly { entity: string | null; entityId: string | null }[],
): Promise<Map<string, string>> {
  const byKind = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!e.entity || !e.entityId) continue;
    if (!UUID.test(e.entityId)) continue;
    if (!byKind.has(e.entity)) byKind.set(e.entity, new Set());
    byKind.get(e.entity)?.add(e.entityId);
  }
  const labels = new Map<string, string>();
  for (const [kind, ids] of byKind) {
    const lookup = isAuditEntity(kind) ? LOOKUPS[kind] : undefined;
    if (!lookup) continue;
    for (const named of await lookup(tx, [...ids])) labels.set(`${kind}:${named.id}`, named.label);
  }
  return labels;
}
