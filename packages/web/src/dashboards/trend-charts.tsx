/**
 * Up to ten years of months (`dashboards.trend`): what was filed and closed, and the share of
 * delays within their recorded targets — each count a link to the list of that month.
 */
import { formatNumber, Loaded, Section } from "@mutu/ui";
import { type RouterOutputs, trpc } from "../trpc.ts";
import type { DrillDown } from "../saisines/drill-down.tsx";
import { ChartFigure } from "./chart-figure.tsx";
import { ComplianceChart } from "./compliance-chart.tsx";
import { dashboardMessages } from "./messages.ts";
import { monthLabel } from "./months.ts";

const t = dashboardMessages;
type Trend = RouterOutputs["dashboards"]["trend"];

export function TrendCharts({
  trend,
  listHref,
}: {
  trend: Trend;
  listHref: (d: DrillDown) => string;
}) {
  const months = trend.months;
  const labels = months.map((m) => monthLabel(m.month));
  const filed = months.reduce((sum, m) => sum + m.filed, 0);
  return (
    <div className="charts">
      <ChartFigure
        title={t.charts.trend}
        lead={t.charts.trendLead}
        category="Mois"
        labels={labels}
        series={[
          { label: t.series.filed, values: months.map((m) => m.filed) },
          { label: t.series.closed, values: months.map((m) => m.closed), as: "line" },
        ]}
        summary={t.charts.trendSummary(formatNumber(filed), labels[0] ?? "", labels.at(-1) ?? "")}
        hrefOf={(row, series) => {
          const m = months[row];
          if (!m) return null;
          return listHref({
            status: "toutes",
            period: { on: series === 0 ? "filed" : "closed", key: m.month.slice(0, 7) },
          });
        }}
      />
      <ComplianceChart title={t.charts.trendCompliance} months={months} firstContact />
    </div>
  );
}

/**
 * Ten years of months in their section (« tableau-tendance »): one commune's (`orgId`, or the
 * caller's own in the commune space), or every member's in the service commun's view.
 */
export function TrendSection({
  orgId,
  listHref,
  wording: w,
}: {
  orgId?: string;
  listHref: (d: DrillDown) => string;
  wording: { trendTitle: string; trendLead: string; loadingTrend: string };
}) {
  const trend = trpc.dashboards.trend.useQuery(orgId ? { orgId, years: 10 } : { years: 10 });
  return (
    <Section id="tableau-tendance" title={w.trendTitle} lead={w.trendLead}>
      <Loaded query={trend} loadingLabel={w.loadingTrend}>
        {(data) => <TrendCharts trend={data} listHref={listHref} />}
      </Loaded>
    </Section>
  );
}
