/**
 * One member commune's dashboard as the service commun opens it: the commune's own dashboard (its
 * counts opening the queue filtered on the commune), ten years of months, exports.
 */
import { Link, Loaded, Page, Section } from "@mutu/ui";
import { trpc } from "@mutu/web";
import {
  CommuneDashboard,
  ExportButtons,
  PeriodForm,
  TrendCharts,
  usePeriod,
} from "@mutu/web/dashboards";
import { indicatorsHref, queueHref } from "./hrefs.ts";
import { dashboardsMessages } from "./messages.ts";

const t = dashboardsMessages.commune;

function Trend({ orgId }: { orgId: string }) {
  const trend = trpc.dashboards.trend.useQuery({ orgId, years: 10 });
  return (
    <Section id="tableau-tendance" title={t.trendTitle} lead={t.trendLead}>
      <Loaded query={trend} loadingLabel={dashboardsMessages.operator.loadingTrend}>
        {(data) => <TrendCharts trend={data} listHref={queueHref({ orgId })} />}
      </Loaded>
    </Section>
  );
}

export function CommuneView({ orgId }: { orgId: string }) {
  const period = usePeriod();
  const utils = trpc.useUtils();
  const dashboard = trpc.dashboards.commune.useQuery({ orgId, period: period.key });
  const name = dashboard.data?.orgName ?? "";
  return (
    <Page title={name ? t.title(name) : dashboardsMessages.operator.title}>
      <p>
        <Link to={`/tableau-de-bord?periode=${period.key}`}>{t.back}</Link>
      </p>
      <PeriodForm period={period} />
      <Loaded query={dashboard} loadingLabel={dashboardsMessages.operator.loading}>
        {(data) => (
          <CommuneDashboard
            data={data}
            period={period}
            listHref={queueHref({ orgId })}
            indicatorsHref={indicatorsHref(orgId, period.key)}
            wording={t}
          />
        )}
      </Loaded>
      <Trend orgId={orgId} />
      <ExportButtons
        id="tableau-export"
        fetchFile={(format) =>
          utils.dashboards.export.fetch({ view: "commune", orgId, period: period.key, format })
        }
      />
    </Page>
  );
}
