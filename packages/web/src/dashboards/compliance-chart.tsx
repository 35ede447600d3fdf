/**
 * « Respect des délais », month by month: the share of saisines handled and resolved within their
 * recorded delays — and, over ten years, of first-contact resolutions. Both the period's charts and
 * the trend draw it.
 */
import type { ChartSeries } from "./chart-canvas.tsx";
import { ChartFigure } from "./chart-figure.tsx";
import { dashboardMessages } from "./messages.ts";
import { monthLabel } from "./months.ts";

const t = dashboardMessages;

type Share = { percent: number | null };
type ComplianceMonth = { month: string; handling: Share; resolution: Share; firstContact?: Share };

export function ComplianceChart({
  title,
  months,
  firstContact = false,
}: {
  title: string;
  months: readonly ComplianceMonth[];
  /** Adds the share of first-contact resolutions. */
  firstContact?: boolean;
}) {
  const line = (label: string, share: (m: ComplianceMonth) => Share | undefined): ChartSeries => ({
    label,
    values: months.map((m) => share(m)?.percent ?? null),
    as: "line",
  });
  return (
    <ChartFigure
      title={title}
      lead={t.charts.complianceLead}
      category="Mois"
      percent
      labels={months.map((m) => monthLabel(m.month))}
      series={[
        line(t.series.handling, (m) => m.handling),
        line(t.series.resolution, (m) => m.resolution),
        ...(firstContact ? [line(t.series.firstContact, (m) => m.firstContact)] : []),
      ]}
      summary={`${title}.`}
    />
  );
}
