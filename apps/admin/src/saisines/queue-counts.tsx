/**
 * How many saisines each status holds under the current filters — the open ones, and the closed
 * and refused ones when the person looks at everything — each a link that narrows the queue to
 * that status, and the total. Counted by the server apart from the pages.
 */
import { SAISINE_STATUS_LABELS } from "@mutu/domain";
import { Link, formatNumber } from "@mutu/ui";
import type { RouterOutputs } from "@mutu/web";
import { saisinesMessages } from "./messages.ts";
import { type QueueFilters, queuePath } from "./queue-url.ts";

const t = saisinesMessages.counts;

type Counts = RouterOutputs["saisines"]["queueCounts"];

export const countText = (n: number, capped: boolean) =>
  capped ? t.capped(formatNumber(n)) : formatNumber(n);

export function QueueCounts({
  counts,
  current,
}: {
  counts: Counts | undefined;
  current: QueueFilters;
}) {
  if (!counts) return null;
  const here = (status: string | undefined) => (current.status ?? "") === (status ?? "");
  return (
    <nav className="status-tabs" aria-label={t.label}>
      <ul className="plain-list">
        {counts.counts.map((c) => (
          <li key={c.status}>
            <Link
              to={queuePath({ ...current, status: c.status })}
              aria-current={here(c.status) ? "page" : undefined}
            >
              {SAISINE_STATUS_LABELS[c.status]}{" "}
              <span className="status-tab-count">{countText(c.count, c.capped)}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link
            to={queuePath({ ...current, status: "" })}
            aria-current={here(undefined) ? "page" : undefined}
          >
            {t.open}
          </Link>
        </li>
        <li>
          <Link
            to={queuePath({ ...current, status: "toutes" })}
            aria-current={here("toutes") ? "page" : undefined}
          >
            {t.all}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
