/**
 * What an audit entry is about, by its name: a saisine by its reference (« BEG-2026-000003 »),
 * a person by their name, a contract by its commune, a version by its number… — read in the
 * caller's tenant scope, one query per kind of object on the page. What is no longer within reach
 * keeps no name (the page says the kind of object only).
 */
import { ofName } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { eq, inArray } from "drizzle-orm";
import { versionLabel } from "../contracts/latest-signed.ts";

const { apiTokens, contracts, contractVersions, organisations, people, saisineViews, saisines } =
  schema;

type Named = { id: string; label: string };

const LOOKUPS: Record<string, (tx: Tx, ids: string[]) => Promise<Named[]>> = {
  saisine: (tx, ids) =>
    tx
      .select({ id: saisines.id, label: saisines.reference })
      .from(saisines)
      .where(inArray(saisines.id, ids)),
  person: (tx, ids) =>
    tx
      .select({ id: people.id, label: people.displayName })
      .from(people)
      .where(inArray(people.id, ids)),
  organisation: (tx, ids) =>
    tx
      .select({ id: organisations.id, label: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, ids)),
  "api-token": (tx, ids) =>
    tx
      .select({ id: apiTokens.id, label: apiTokens.name })
      .from(apiTokens)
      .where(inArray(apiTokens.id, ids)),
  "saisine-view": (tx, ids) =>
    tx
      .select({ id: saisineViews.id, label: saisineViews.name })
      .from(saisineViews)
      .where(inArray(saisineViews.id, ids)),
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
    const lookup = LOOKUPS[kind];
    if (!lookup) continue;
    for (const named of await lookup(tx, [...ids])) labels.set(`${kind}:${named.id}`, named.label);
  }
  return labels;
}
