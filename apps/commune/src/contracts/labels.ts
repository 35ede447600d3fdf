/** How a version is named in lists and sentences: « Contrat initial », « Avenant n°3 ». */
import { formatCalendarDate } from "@mutu/ui";
import { contractsMessages } from "./messages.ts";
import type { VersionSummary } from "./types.ts";

const t = contractsMessages;

export function versionLabel(v: Pick<VersionSummary, "kind" | "amendmentNumber">): string {
  return v.kind === "original"
    ? t.versionLabel.original
    : t.versionLabel.amendment(v.amendmentNumber);
}

/** « Avenant n°3 (1er juillet 2018) »: the label and the effective date, for version pickers. */
export function versionOption(v: VersionSummary): string {
  const from = v.effectiveFrom ? formatCalendarDate(v.effectiveFrom) : t.history.undated;
  return `${versionLabel(v)} (${from})`;
}
