/**
 * Reading contracts and their versions, and what is derived from them rather than stored: the
 * status (draft, signed, in force, ended), each version's period (it ends where the next signed
 * version begins), the next tacit renewal. Shared by every contracts and memberships verb.
 */
import { type Agreement, nextRenewal, sortFrench, versionInForce, dayBefore } from "@mutu/domain";
import { type MutuDb, schema, type Tx } from "@mutu/db";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";

const { contracts, contractVersions, organisations } = schema;

export type ContractStatus = "draft" | "signed" | "in-force" | "ended";

export const contractColumns = {
  id: contracts.id,
  orgId: contracts.orgId,
  orgName: organisations.name,
  orgSlug: organisations.slug,
  population: organisations.population,
  operatorId: contracts.operatorId,
  kind: contracts.kind,
  title: contracts.title,
  signedOn: contracts.signedOn,
  effectiveFrom: contracts.effectiveFrom,
  noticeGivenOn: contracts.noticeGivenOn,
  effectiveTo: contracts.effectiveTo,
  terminationRef: contracts.terminationRef,
  tariffCode: contracts.tariffCode,
};

export const versionColumns = {
  id: contractVersions.id,
  contractId: contractVersions.contractId,
  seq: contractVersions.seq,
  kind: contractVersions.kind,
  amendmentNumber: contractVersions.amendmentNumber,
  subject: contractVersions.subject,
  status: contractVersions.status,
  signedOn: contractVersions.signedOn,
  effectiveFrom: contractVersions.effectiveFrom,
  basedOnId: contractVersions.basedOnId,
  createdAt: contractVersions.createdAt,
  publishedAt: contractVersions.publishedAt,
};

export type ContractRow = Awaited<ReturnType<typeof contractsQuery>>[number];
export type VersionRow = Awaited<ReturnType<typeof selectVersions>>[number];
export type VersionWithPeriod = VersionRow & { effectiveTo: string | null; inForce: boolean };

/** The contracts `where` selects (a query, to prepare or to lock with). */
export function contractsQuery(tx: MutuDb, where?: SQL, lock = false) {
  const query = tx
    .select(contractColumns)
    .from(contracts)
    .innerJoin(organisations, eq(organisations.id, contracts.orgId))
    .where(where)
    .orderBy(asc(organisations.name), asc(contracts.kind));
  // Every write on a contract's versions locks the contract row first: one writer at a time.
  return lock ? query.for("update", { of: contracts }) : query;
}

/** Contracts by commune, named the French way (Bègles before Bruges), then by kind. */
export async function selectContracts(tx: MutuDb, where?: SQL) {
  return sortFrench(await contractsQuery(tx, where), (r) => r.orgName);
}

export async function contractOfOrg(
  tx: Tx,
  orgId: string,
  kind: "engagement" | "convention",
  lock = false,
) {
  const [row] = await contractsQuery(
    tx,
    and(eq(contracts.orgId, orgId), eq(contracts.kind, kind)),
    lock,
  );
  return row ?? null;
}

/** Communes read published versions only: a draft is the Métropole's work in progress. */
export const seesDrafts = (caller: Caller) => caller.org.kind === "operator";

export function selectVersions(tx: Tx, contractIds: string[], drafts: boolean) {
  if (contractIds.length === 0) return Promise.resolve([]);
  return tx
    .select(versionColumns)
    .from(contractVersions)
    .where(
      and(
        inArray(contractVersions.contractId, contractIds),
        drafts ? undefined : eq(contractVersions.status, "signed"),
      ),
    )
    .orderBy(asc(contractVersions.contractId), asc(contractVersions.seq));
}

/**
 * Each signed version is in force from its effective date until the next one (by effective date)
 * takes over, or until the contract ends; drafts have no period. The same rule as versionInForce.
 */
export function withPeriods(
  versions: readonly VersionRow[],
  contractEnd: string | null,
  today: string,
): VersionWithPeriod[] {
  const signed = versions
    .filter((v) => v.status === "signed" && v.effectiveFrom)
    .sort((a, b) =>
      (a.effectiveFrom ?? "") === (b.effectiveFrom ?? "")
        ? a.seq - b.seq
        : (a.effectiveFrom ?? "") < (b.effectiveFrom ?? "")
          ? -1
          : 1,
    );
  const ends = new Map<string, string | null>();
  signed.forEach((v, i) => {
    const next = signed[i + 1];
    ends.set(v.id, next?.effectiveFrom ?? contractEnd);
  });
  const periods = signed.map((v) => ({
    ...v,
    effectiveFrom: v.effectiveFrom ?? "",
    effectiveTo: clampEnd(v.effectiveFrom ?? "", ends.get(v.id) ?? null),
  }));
  const current = versionInForce(periods, today);
  return versions.map((v) => ({
    ...v,
    effectiveTo:
      v.status === "signed" ? clampEnd(v.effectiveFrom ?? "", ends.get(v.id) ?? null) : null,
    inForce: current?.id === v.id,
  }));
}

// A contract ended before a version's effective date: that version never applied.
function clampEnd(from: string, to: string | null) {
  return to !== null && to < from ? from : to;
}

export function agreementOf(contract: ContractRow): Agreement | null {
  if (contract.kind === "convention") {
    return contract.effectiveFrom
      ? {
          kind: "redon-convention",
          effectiveFrom: contract.effectiveFrom,
          noticeGivenOn: contract.noticeGivenOn,
        }
      : null;
  }
  return contract.signedOn
    ? {
        kind: "bordeaux-contrat-engagement",
        signedOn: contract.signedOn,
        noticeGivenOn: contract.noticeGivenOn,
      }
    : null;
}

export function renewalOf(contract: ContractRow, today: string) {
  const agreement = agreementOf(contract);
  if (!agreement || (contract.effectiveTo && contract.effectiveTo <= today)) return null;
  const renewal = nextRenewal(agreement, today);
  if (!renewal) return null;
  return renewal.kind === "anniversary"
    ? {
        kind: renewal.kind,
        renewsOn: renewal.renewsOn,
        termNumber: renewal.termNumber,
        electionYear: null,
      }
    : {
        kind: renewal.kind,
        renewsOn: renewal.renewsOn,
        termNumber: null,
        electionYear: renewal.electionYear,
      };
}

/** Status from periods in force: `inForcePeriods` are the signed versions or membership periods. */
export function statusOf(
  contract: ContractRow,
  periods: readonly { effectiveFrom: string | null; effectiveTo: string | null }[],
  today: string,
): ContractStatus {
  if (contract.effectiveTo && contract.effectiveTo <= today) return "ended";
  const started = periods.filter((p) => p.effectiveFrom !== null);
  if (started.length === 0) return "draft";
  const inForce = started.some(
    (p) => (p.effectiveFrom ?? "") <= today && (p.effectiveTo === null || today < p.effectiveTo),
  );
  if (inForce) return "in-force";
  return started.every((p) => p.effectiveTo !== null && p.effectiveTo <= today)
    ? "ended"
    : "signed";
}

export function contractSummary(
  contract: ContractRow,
  periods: readonly { effectiveFrom: string | null; effectiveTo: string | null }[],
  today: string,
  pendingAmendments: number | null,
) {
  return {
    id: contract.id,
    orgId: contract.orgId,
    orgName: contract.orgName,
    operatorId: contract.operatorId,
    kind: contract.kind,
    title: contract.title,
    signedOn: contract.signedOn,
    effectiveFrom: contract.effectiveFrom,
    noticeGivenOn: contract.noticeGivenOn,
    effectiveTo: contract.effectiveTo,
    lastDayInForce: contract.effectiveTo ? dayBefore(contract.effectiveTo) : null,
    terminationRef: contract.terminationRef,
    tariffCode: contract.tariffCode,
    status: statusOf(contract, periods, today),
    nextRenewal: renewalOf(contract, today),
    pendingAmendments,
  };
}

/** The public shape of a version (summary): no internal columns beyond what readers need. */
export function versionSummary(v: VersionWithPeriod) {
  return {
    id: v.id,
    contractId: v.contractId,
    seq: v.seq,
    kind: v.kind,
    amendmentNumber: v.amendmentNumber,
    subject: v.subject,
    status: v.status,
    signedOn: v.signedOn,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    inForce: v.inForce,
    basedOnId: v.basedOnId,
    createdAt: v.createdAt,
    publishedAt: v.publishedAt,
  };
}
