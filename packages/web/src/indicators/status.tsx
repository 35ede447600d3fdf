/** An indicator's status as a badge: words, never colour alone. */
import { INDICATOR_STATUS_LABELS, type IndicatorStatus } from "@mutu/domain";

const TONE: Record<IndicatorStatus, string> = {
  "not-measured": "badge-off",
  reference: "badge-info",
  measured: "badge-off",
  kept: "badge-ok",
  missed: "badge-danger",
};

export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  return <span className={`badge ${TONE[status]}`}>{INDICATOR_STATUS_LABELS[status]}</span>;
}
