/**
 * The commune's contrat d'engagement as indicators read it: the annex in force on the day a period
 * is judged on (its last day, or today while it runs) names the indicators and their targets; the
 * contract's start gives the reference year (000 art. 2).
 */
import { type Annex, dayBefore, type Period, parisToday } from "@mutu/domain";
import type { Tx } from "@mutu/db";
import type { Caller } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { readContract } from "../contracts/contract-view.ts";

export type CommuneContract = {
  orgName: string;
  versionId: string;
  annex: Annex;
  /** The first day of the contract, for the reference year; null when the contract gives none. */
  contractStart: string | null;
};

/** The day a period's indicators are read against the contract: its last day, or today. */
export function judgedOn(period: Pick<Period, "to">, now: Date): string {
  const today = parisToday(now);
  // ISO dates compare as text: the earlier of the two.
  return [dayBefore(period.to), today].sort()[0] ?? today;
}

export async function communeContract(
  tx: Tx,
  caller: Caller,
  orgId: string,
  day: string,
  now: Date,
): Promise<CommuneContract> {
  const read = await readContract(tx, caller, { orgId, kind: "engagement" }, parisToday(now), {
    annexOn: day,
  });
  if (!read)
    throw new AppError(
      "NOT_FOUND",
      "Cette commune n'a pas de contrat d'engagement : elle n'a pas d'indicateurs.",
    );
  if (!read.onDate)
    throw new AppError(
      "NOT_FOUND",
      `Aucune annexe du contrat n'est en vigueur le ${day.split("-").reverse().join("/")} : pas d'indicateurs à lire pour cette période.`,
    );
  const firstSigned = read.versions.find((v) => v.status === "signed" && v.effectiveFrom);
  return {
    orgName: read.contract.orgName,
    versionId: read.onDate.version.id,
    annex: read.onDate.annex,
    contractStart:
      read.contract.effectiveFrom ?? read.contract.signedOn ?? firstSigned?.effectiveFrom ?? null,
  };
}
