/** The latest signed version in time — the one a new version must not predate — and how to name it. */
import { frenchNumero } from "@mutu/domain";
import type { VersionRow } from "./read-model.ts";

export type DatedVersion = VersionRow & { effectiveFrom: string };

export function latestSigned(versions: readonly VersionRow[]): DatedVersion | null {
  let latest: DatedVersion | null = null;
  for (const v of versions) {
    if (v.status !== "signed" || v.effectiveFrom === null) continue;
    if (
      latest === null ||
      v.effectiveFrom > latest.effectiveFrom ||
      (v.effectiveFrom === latest.effectiveFrom && v.seq > latest.seq)
    )
      latest = { ...v, effectiveFrom: v.effectiveFrom };
  }
  return latest;
}

export function versionLabel(v: Pick<VersionRow, "kind" | "amendmentNumber" | "seq">): string {
  if (v.kind === "original") return "contrat initial";
  return v.amendmentNumber !== null
    ? `avenant ${frenchNumero(v.amendmentNumber)}`
    : `version ${v.seq}`;
}
