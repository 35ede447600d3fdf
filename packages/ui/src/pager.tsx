/**
 * Previous and next page of a list, with where the person is (« Page 2 sur 14 ») and the total.
 * Used under a table paged in the browser and by lists the server pages (keyset pagination).
 */
import type { ReactNode } from "react";
import { Button } from "./button.tsx";
import { formatNumber } from "./format.ts";
import { uiMessages } from "./messages.ts";

type PagerProps = {
  pageIndex: number;
  /** Unknown (-1 or null): the server did not count the pages. */
  pageCount: number | null;
  total?: number | null;
  /** « 1 234 saisines »: what the total counts, already worded. */
  totalLabel?: ReactNode;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious(): void;
  onNext(): void;
  onFirst?: () => void;
  busy?: boolean;
};

const t = uiMessages.pager;

export function Pager({
  pageIndex,
  pageCount,
  totalLabel,
  canPrevious,
  canNext,
  onPrevious,
  onNext,
  onFirst,
  busy,
}: PagerProps) {
  if (!canPrevious && !canNext) return null;
  const page = formatNumber(pageIndex + 1);
  return (
    <nav className="pager" aria-label={t.label}>
      <p className="pager-position">
        {pageCount && pageCount > 0
          ? t.position(page, formatNumber(pageCount))
          : t.positionOpen(page)}
        {totalLabel ? <> · {totalLabel}</> : null}
      </p>
      <div className="inline-actions">
        {onFirst && pageIndex > 1 ? (
          <Button variant="secondary" onClick={onFirst} busy={busy}>
            {t.first}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onPrevious} disabled={!canPrevious} busy={busy}>
          {t.previous}
        </Button>
        <Button variant="secondary" onClick={onNext} disabled={!canNext} busy={busy}>
          {t.next}
        </Button>
      </div>
    </nav>
  );
}
