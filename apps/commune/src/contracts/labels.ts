/** How a version is named in lists and sentences: « Contrat initial », « Avenant n° 3 ». */
import { formatCalendarDate } from "@mutu/ui";
import { versionLabel } from "@mutu/web/contracts";
import { contractsMessages } from "./messages.ts";
import type { VersionSummary } from "./types.ts";

export { versionLabel };

const t = contractsMessages;

/** « Avenant n° 3 (1er juillet 2018) »: the label and the effective date, for version pickers. */
export function versionOption(v: VersionSummary): string {
  const from = v.effectiveFrom ? formatCalendarDate(v.effectiveFrom) : t.history.undated;
  return `${versionLabel(v)} (${from})`;
}
