/**
 * A contract with its versions and derived status, as every contracts read returns it. « Mon
 * contrat » and every filing read it: each variant of the read is a statement built once and
 * prepared (PostgreSQL parses and plans it once per connection — about a third of the time of an
 * unprepared query here).
 */
import { versionInForce } from "@mutu/domain";
import { type MutuDb, type Statement, schema, statement, type Tx } from "@mutu/db";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Caller } from "../../auth/caller.ts";
import { notFound } from "../../errors.ts";
import {
  contractColumns,
  contractSummary,
  seesDrafts,
  contractsQuery,
  type VersionWithPeriod,
  versionColumns,
  withPeriods,
} from "./read-model.ts";

const { contracts, contractVersions, organisations } = schema;
const inForce = alias(contractVersions, "in_force");

export type ContractKey =
  | { contractId: string }
  | { versionId: string }
  | { orgId: string; kind: "engagement" | "convention" };

type KeyKind = "contractId" | "versionId" | "orgId";
const keyKindOf = (key: ContractKey): KeyKind =>
  "contractId" in key ? "contractId" : "versionId" in key ? "versionId" : "orgId";

/** The contract a key names, its values left as placeholders (named as the key's fields). */
function contractWhere(db: MutuDb, kind: KeyKind): SQL | undefined {
  if (kind === "contractId") return eq(contracts.id, sql.placeholder("contractId"));
  if (kind === "versionId")
    return inArray(
      contracts.id,
      db
        .select({ id: contractVersions.contractId })
        .from(contractVersions)
        .where(eq(contractVersions.id, sql.placeholder("versionId"))),
    );
  return and(
    eq(contracts.orgId, sql.placeholder("orgId")),
    eq(contracts.kind, sql.placeholder("kind")),
  );
}

/** The contract with its versions (drafts too, or not) and, if asked, the annex in force. */
function contractRows(db: MutuDb, kind: KeyKind, drafts: boolean, withAnnex: boolean) {
  const annexOn = sql.placeholder("annexOn");
  const annexInForce = withAnnex
    ? sql`case when ${contractVersions.id} = (
          select ${inForce.id} from ${contractVersions} ${sql.identifier("in_force")}
          where ${inForce.contractId} = ${contracts.id} and ${inForce.status} = 'signed'
            and ${inForce.effectiveFrom} <= ${annexOn}
            and (${contracts.effectiveTo} is null or ${contracts.effectiveTo} > ${annexOn})
          order by ${inForce.effectiveFrom} desc, ${inForce.seq} desc limit 1)
        then ${contractVersions.annex} end`.mapWith(contractVersions.annex)
    : sql`null`.mapWith(contractVersions.annex);
  return db
    .select({ contract: contractColumns, version: versionColumns, annex: annexInForce })
    .from(contracts)
    .innerJoin(organisations, eq(organisations.id, contracts.orgId))
    .leftJoin(
      contractVersions,
      and(
        eq(contractVersions.contractId, contracts.id),
        drafts ? undefined : eq(contractVersions.status, "signed"),
      ),
    )
    .where(contractWhere(db, kind))
    .orderBy(asc(contractVersions.seq));
}

// Every variant of the read is a statement built once (« Mon contrat », every filing).
type ContractValues = Record<string, unknown>;
const reads = new Map<
  string,
  Statement<Awaited<ReturnType<typeof contractRows>>, ContractValues>
>();
const locks = new Map<KeyKind, Statement<unknown, ContractValues>>();

function readStatement(kind: KeyKind, drafts: boolean, withAnnex: boolean) {
  const name = `contracts_read_${kind}_${drafts ? "all" : "signed"}${withAnnex ? "_annex" : ""}`;
  let read = reads.get(name);
  if (!read) {
    read = statement(name, (db) => contractRows(db, kind, drafts, withAnnex));
    reads.set(name, read);
  }
  return read;
}

function lockStatement(kind: KeyKind) {
  let lock = locks.get(kind);
  if (!lock) {
    lock = statement(`contracts_lock_${kind}`, (db) =>
      contractsQuery(db, contractWhere(db, kind), true),
    );
    locks.set(kind, lock);
  }
  return lock;
}

type Dated = VersionWithPeriod & { effectiveFrom: string };

/**
 * The contract, its versions with their periods, and — when `annexOn` is given — the version in
 * force that day with its annex, in one prepared statement. The SQL shortcut for that version
 * (latest signed effective date on or before the day, contract not ended by then) is checked
 * against versionInForce, the rule itself; were they ever to differ, the rule wins.
 */
export async function readContract(
  tx: Tx,
  caller: Caller,
  key: ContractKey,
  today: string,
  options: { annexOn?: string; lock?: boolean } = {},
) {
  const { annexOn, lock = false } = options;
  const drafts = seesDrafts(caller);
  const kind = keyKindOf(key);
  // A writer locks the contract before reading its versions: nothing changes under it after.
  if (lock) await lockStatement(kind)(tx, key);
  const rows = await readStatement(
    kind,
    drafts,
    annexOn !== undefined,
  )(tx, {
    ...key,
    ...(annexOn !== undefined ? { annexOn } : {}),
  });
  const contract = rows[0]?.contract;
  if (!contract) return null;
  const versionRows = rows.flatMap((r) => (r.version ? [r.version] : []));
  const versions = withPeriods(versionRows, contract.effectiveTo, today);
  const pending = drafts ? versionRows.filter((v) => v.status === "draft").length : null;
  const signed = versions.filter(
    (v): v is Dated => v.status === "signed" && v.effectiveFrom !== null,
  );
  const summary = contractSummary(contract, signed, today, pending);
  if (!annexOn) return { contract, summary, versions, onDate: null };
  const version = versionInForce(signed, annexOn);
  if (!version) return { contract, summary, versions, onDate: null };
  const found = rows.find((r) => r.version?.id === version.id)?.annex;
  const annex = found ?? (await annexOf(tx, version.id));
  return { contract, summary, versions, onDate: { version, annex } };
}

export async function annexOf(tx: Tx, versionId: string) {
  const [row] = await tx
    .select({ annex: contractVersions.annex })
    .from(contractVersions)
    .where(eq(contractVersions.id, versionId));
  if (!row) throw notFound("Version du contrat");
  return row.annex;
}

/** A version with its contract and siblings (for its period); communes never reach a draft. */
export async function loadVersion(
  tx: Tx,
  caller: Caller,
  versionId: string,
  today: string,
  lock = false,
) {
  const read = await readContract(tx, caller, { versionId }, today, { lock });
  const version = read?.versions.find((v) => v.id === versionId);
  if (!read || !version) throw notFound("Version du contrat");
  return { ...read, version };
}
