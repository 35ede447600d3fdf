/** Choosing two versions to compare; the comparison has its own page (/contrat/comparer). */
import { useRoute } from "@mutu/ui";
import { VersionPairForm } from "@mutu/web/contracts";
import { versionOption } from "../labels.ts";
import { contractsMessages } from "../messages.ts";
import type { VersionSummary } from "../types.ts";

const t = contractsMessages.history;

/** By default: the version before the one in force, and the one in force. */
export function defaultPair(versions: readonly VersionSummary[], from?: string, to?: string) {
  const current = versions.findIndex((v) => v.inForce);
  const target = current >= 0 ? current : versions.length - 1;
  return {
    from: from ?? versions[Math.max(0, target - 1)]?.id ?? "",
    to: to ?? versions[target]?.id ?? "",
  };
}

export function CompareForm({
  versions,
  from,
  to,
  headingLevel = 3,
  title = t.compareTitle,
  variant,
}: {
  versions: readonly VersionSummary[];
  from?: string;
  to?: string;
  headingLevel?: 2 | 3;
  /** The form's heading (« Comparer deux versions » under the history). */
  title?: string;
  variant?: "primary" | "secondary";
}) {
  const { navigate } = useRoute();
  const start = defaultPair(versions, from, to);
  return (
    <VersionPairForm
      versions={versions}
      from={start.from}
      to={start.to}
      optionLabel={versionOption}
      onCompare={(fromId, toId) =>
        navigate(`/contrat/comparer?de=${encodeURIComponent(fromId)}&a=${encodeURIComponent(toId)}`)
      }
      className="form form-wide form-panel"
      heading={{ id: "comparer-titre", content: title }}
      headingLevel={headingLevel}
      {...(variant ? { variant } : {})}
    />
  );
}
