/** How contracts and versions are named and dated in lists and sentences. */
import { formatCalendarDate } from "@mutu/ui";
import { versionLabel } from "@mutu/web/contracts";
import { contractsMessages } from "./messages.ts";
import type { ContractSummary, VersionSummary } from "./types.ts";

export { versionLabel };

const t = contractsMessages;

/** « Avenant n° 3 (1er juillet 2018) »: the label and the effective date, for version pickers. */
export function versionOption(v: VersionSummary): string {
  const when = v.effectiveFrom ? formatCalendarDate(v.effectiveFrom) : t.contract.draft;
  return `${versionLabel(v)} (${when})`;
}

const STATUS_TONE = {
  "in-force": "badge-ok",
  signed: "badge-info",
  draft: "badge-warning",
  ended: "badge-off",
} as const;

export function StatusBadge({ status }: { status: ContractSummary["status"] }) {
  return <span className={`badge ${STATUS_TONE[status]}`}>{t.statuses[status]}</span>;
}

/** The next date that matters: the end when notice was given, else the next renewal. */
export function deadlineText(contract: ContractSummary): string {
  if (contract.lastDayInForce) return t.endsOn(formatCalendarDate(contract.lastDayInForce));
  const next = contract.nextRenewal;
  if (!next) return contract.kind === "engagement" ? t.nextElection : "";
  const date = formatCalendarDate(next.renewsOn);
  return next.kind === "post-election" && next.electionYear
    ? t.renewsAfterElection(date, next.electionYear)
    : t.renewsOn(date);
}
