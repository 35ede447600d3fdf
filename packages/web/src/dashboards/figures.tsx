/**
 * How a dashboard writes its figures: a count that opens the list it counts, a share as « 80 %
 * (4 sur 5) » or « Non mesuré » — never a 0 % that means "no data" — and a volume's change.
 */
import type { Share } from "@mutu/domain";
import { formatNumber, Link } from "@mutu/ui";
import type { ReactNode } from "react";
import { dashboardMessages } from "./messages.ts";

const t = dashboardMessages;
const percentFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

export const formatPercent = (value: number) => `${percentFormat.format(value)} %`;

/** « 80 % (4 sur 5) », or « Non mesuré » when nothing was measured. */
export function shareText(share: Share): string {
  if (share.percent === null) return t.notMeasured;
  return t.share(formatPercent(share.percent), formatNumber(share.met), formatNumber(share.total));
}

/** « +20 % par rapport à l'an passé ». */
export function changeText(changePercent: number | null): string {
  if (changePercent === null) return t.noPrevious;
  const sign = changePercent > 0 ? "+" : changePercent < 0 ? "−" : "";
  return t.change(`${sign}${formatPercent(Math.abs(changePercent))}`);
}

/** A count that opens the list it counts (a plain number when there is no list to open). */
export function CountLink({
  count,
  to,
  label,
}: {
  count: number;
  to: string | null;
  label?: string;
}) {
  if (!to) return <>{formatNumber(count)}</>;
  return (
    <Link to={to} {...(label ? { "aria-label": label } : {})}>
      {formatNumber(count)}
    </Link>
  );
}

/** What a tile counts: fixed words, or words agreed with its count (« 1 est en retard »). */
export type TileLabel = string | ((count: number) => string);

/** One figure of a dashboard: its number (a link to its list) and what it counts. */
export function Tile({
  label,
  count,
  to,
  tone,
  children,
}: {
  label: TileLabel;
  count: number;
  to: string | null;
  tone?: "danger" | "warning";
  children?: ReactNode;
}) {
  const words = typeof label === "function" ? label(count) : label;
  return (
    <li className={`tile${tone && count > 0 ? ` tile-${tone}` : ""}`}>
      <span className="tile-count">
        <CountLink count={count} to={to} label={`${formatNumber(count)} — ${words}`} />
      </span>
      <span className="tile-label">{words}</span>
      {children}
    </li>
  );
}
