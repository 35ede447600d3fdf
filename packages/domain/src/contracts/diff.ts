/**
 * What changed between two versions of an annex, item by item, worded in French for the people
 * who sign amendments. Provenance (source file, lines, import notes) is not compared: it describes
 * the document, not the commitments. The generic comparison is in diff/change-list.ts, each part's
 * wording in diff/sections.ts.
 */
import type { Annex } from "./annex.ts";
import { type AnnexChange, ChangeList } from "./diff/change-list.ts";
import {
  compareApplications,
  compareEngagements,
  compareGovernance,
  compareHeading,
  comparePriorities,
  compareRgpd,
  compareSaisineMatrix,
  compareSubDomains,
  compareSupportHours,
} from "./diff/sections.ts";

export type { AnnexChange, AnnexChangeKind } from "./diff/change-list.ts";

/** The parts of an annex in the order its changes are listed. */
const PARTS = [
  compareHeading,
  compareSubDomains,
  comparePriorities,
  compareEngagements,
  compareSupportHours,
  compareGovernance,
  compareSaisineMatrix,
  compareApplications,
  compareRgpd,
];

export function diffAnnex(a: Annex, b: Annex): AnnexChange[] {
  const out = new ChangeList();
  for (const compare of PARTS) compare(out, a, b);
  out.scalars(
    [],
    {
      projectDaysPerYear: "Jours projet par an modifiés",
      projectDaysNote: "Remarque sur les jours projet modifiée",
    },
    a,
    b,
  );
  return out.changes;
}
