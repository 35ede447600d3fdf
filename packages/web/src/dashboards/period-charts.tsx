/**
 * The charts of a period, for a commune or consolidated: volumes by month (with the year before),
 * by type, nature, sub-domain, channel and criticality; delay distributions; compliance month by
 * month; the backlog; the age of what is open; the applications most concerned. Each with its table,
 * each count a link to the list it counts (`listHref`).
 */
import {
  AGE_BUCKETS,
  type AgeBucketKey,
  addMonths,
  DELAY_BUCKET_LABELS,
  type Period,
  SAISINE_CHANNEL_LABELS,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_TYPE_LABELS,
} from "@mutu/domain";
import { formatNumber, Section } from "@mutu/ui";
import type { RouterOutputs } from "../trpc.ts";
import type { DrillDown } from "../saisines/drill-down.tsx";
import { subDomainLabel } from "../saisines/labels.tsx";
import { ChartFigure } from "./chart-figure.tsx";
import { ComplianceChart } from "./compliance-chart.tsx";
import { dashboardMessages } from "./messages.ts";
import { monthLabel } from "./months.ts";

const t = dashboardMessages;
type Charts = NonNullable<RouterOutputs["dashboards"]["commune"]["charts"]>;
type Ageing = readonly { key: AgeBucketKey; count: number }[];

const monthKey = (month: string) => month.slice(0, 7);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The period's charts in their section (« tableau-graphiques »); nothing without charts. */
export function PeriodCharts({
  data,
  period,
  listHref,
  wording: w,
}: {
  data: {
    charts: Charts | null;
    ageing: Ageing;
    period: { label: string };
  };
  period: Period;
  listHref: (d: DrillDown) => string;
  wording: { chartsTitle(period: string): string };
}) {
  return data.charts ? (
    <Section id="tableau-graphiques" title={w.chartsTitle(data.period.label)}>
      <ChartsOfPeriod
        charts={data.charts}
        period={period}
        ageing={data.ageing}
        listHref={listHref}
      />
    </Section>
  ) : null;
}

function ChartsOfPeriod({
  charts,
  period,
  ageing,
  listHref,
}: {
  charts: Charts;
  period: Period;
  ageing: Ageing;
  listHref: (d: DrillDown) => string;
}) {
  const filed = (extra: DrillDown = {}, key = period.key): string =>
    listHref({ status: "toutes", period: { on: "filed", key }, ...extra });
  const months = charts.months;
  const breakdown = <K extends string>(
    title: string,
    rows: readonly { key: K; count: number }[],
    label: (key: K) => string,
    drill: (key: K) => DrillDown,
    horizontal = false,
  ) => (
    <ChartFigure
      title={title}
      labels={rows.map((r) => label(r.key))}
      series={[{ label: t.series.count, values: rows.map((r) => r.count) }]}
      summary={`${title} : ${rows.map((r) => `${label(r.key)} ${formatNumber(r.count)}`).join(", ")}.`}
      horizontal={horizontal}
      hrefOf={(row) => {
        const r = rows[row];
        return r ? filed(drill(r.key)) : null;
      }}
    />
  );
  const apps = charts.topApplications;
  return (
    <div className="charts">
      <ChartFigure
        title={t.charts.byMonth}
        lead={t.charts.byMonthLead}
        category="Mois"
        labels={months.map((m) => monthLabel(m.month))}
        series={[
          { label: t.series.filed, values: months.map((m) => m.filed) },
          { label: t.series.previousYear, values: months.map((m) => m.previousYear), as: "line" },
        ]}
        summary={`${t.charts.byMonth} : ${formatNumber(charts.filed)} déposées sur la période, ${formatNumber(charts.previousYear)} un an plus tôt.`}
        hrefOf={(row, series) => {
          const m = months[row];
          if (!m) return null;
          return series === 0
            ? filed({}, monthKey(m.month))
            : filed({}, monthKey(addMonths(m.month, -12)));
        }}
      />
      <div className="chart-grid">
        {breakdown(
          t.charts.byType,
          charts.byType,
          (k) => SAISINE_TYPE_LABELS[k],
          (k) => ({ type: k }),
        )}
        {breakdown(
          t.charts.byNature,
          charts.byNature,
          (k) => SAISINE_NATURE_LABELS[k],
          (k) => ({ nature: k }),
        )}
        {breakdown(
          t.charts.byCriticality,
          charts.byCriticality,
          (k) => SAISINE_CRITICALITY_LABELS[k],
          (k) => ({ criticality: k }),
        )}
      </div>
      {breakdown(
        t.charts.bySubDomain,
        charts.bySubDomain,
        subDomainLabel,
        (k) => ({ subDomain: k }),
        true,
      )}
      {/* Six channels, some of long words (« Accueil (demande orale) »): bars across the page,
          each named on its line, rather than a third of a row where half the names were dropped. */}
      {breakdown(
        t.charts.byChannel,
        charts.byChannel,
        (k) => SAISINE_CHANNEL_LABELS[k],
        (k) => ({ channels: [k] }),
        true,
      )}
      <ChartFigure
        title={t.charts.delays}
        lead={t.charts.delaysLead}
        category="Délai ouvré"
        labels={[...DELAY_BUCKET_LABELS]}
        series={[
          { label: t.series.handled, values: charts.handlingClasses.map((c) => c.count) },
          { label: t.series.resolved, values: charts.resolutionClasses.map((c) => c.count) },
        ]}
        summary={`${t.charts.delays} : ${formatNumber(sum(charts.handlingClasses.map((c) => c.count)))} prises en compte, ${formatNumber(sum(charts.resolutionClasses.map((c) => c.count)))} incidents résolus.`}
        hrefOf={(row, series) =>
          listHref({
            status: "toutes",
            period: { on: series === 0 ? "handled" : "resolved", key: period.key },
            delay: { measure: series === 0 ? "handling" : "resolution", delayClass: row },
          })
        }
      />
      <ComplianceChart title={t.charts.compliance} months={months} />
      <ChartFigure
        title={t.charts.backlog}
        lead={t.charts.backlogLead}
        category="Mois"
        labels={months.map((m) => monthLabel(m.month))}
        series={[
          { label: t.series.backlog, values: months.map((m) => m.backlog), as: "line" },
          { label: t.series.filed, values: months.map((m) => m.filed) },
          { label: t.series.closed, values: months.map((m) => m.closed) },
        ]}
        summary={`${t.charts.backlog} : ${formatNumber(months[months.length - 1]?.backlog ?? 0)} en cours à la fin de la période.`}
        hrefOf={(row, series) => {
          const m = months[row];
          if (!m || series === 0) return null;
          return listHref({
            status: "toutes",
            period: { on: series === 1 ? "filed" : "closed", key: monthKey(m.month) },
          });
        }}
      />
      <ChartFigure
        title={t.charts.ageing}
        category="Ancienneté"
        labels={ageing.map((a) => AGE_BUCKETS.find((b) => b.key === a.key)?.label ?? a.key)}
        series={[{ label: t.series.count, values: ageing.map((a) => a.count) }]}
        summary={`${t.charts.ageing} : ${formatNumber(sum(ageing.map((a) => a.count)))} saisines ouvertes.`}
        hrefOf={(row) => {
          const a = ageing[row];
          return a ? listHref({ age: a.key }) : null;
        }}
      />
      {apps.length ? (
        <ChartFigure
          title={t.charts.applications}
          lead={t.charts.applicationsLead}
          category="Application"
          horizontal
          labels={apps.map((a) => a.application)}
          series={[
            { label: t.series.incidents, values: apps.map((a) => a.incidents) },
            { label: t.series.count, values: apps.map((a) => a.total) },
          ]}
          summary={`${t.charts.applications} : ${apps.map((a) => `${a.application} ${formatNumber(a.incidents)} incidents`).join(", ")}.`}
          hrefOf={(row, series) => {
            const a = apps[row];
            if (!a) return null;
            return filed(
              series === 0
                ? { application: a.application, type: "incident" }
                : { application: a.application },
            );
          }}
        />
      ) : (
        // Under the title its chart would have: alone, the sentence read as if lost between two.
        <section className="chart" aria-labelledby="graphique-applications">
          <h3 id="graphique-applications" className="chart-title">
            {t.charts.applications}
          </h3>
          <p className="chart-lead">{t.charts.noApplication}</p>
        </section>
      )}
    </div>
  );
}
