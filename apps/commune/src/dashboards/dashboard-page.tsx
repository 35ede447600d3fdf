/**
 * The commune's home is its dashboard: the saisines in progress, the contract's indicators for the
 * period, the period's charts — every count opening the list it counts — and their exports. Who
 * reads no saisines (a DPO) finds the welcome page instead.
 */
import { Loaded, Page, Section } from "@mutu/ui";
import { canAny, trpc, useSession } from "@mutu/web";
import {
  CommuneDashboard,
  ExportButtons,
  PeriodForm,
  TrendCharts,
  usePeriod,
} from "@mutu/web/dashboards";
import { type DrillDown, drillDownParams } from "@mutu/web/saisines";
import { HomePage } from "../home/home-page.tsx";
import { dashboardsMessages } from "./messages.ts";

const t = dashboardsMessages;

/** The commune's list with a dashboard count's filters. */
export function listHref(d: DrillDown) {
  const query = drillDownParams(d).toString();
  return `/saisines${query ? `?${query}` : ""}`;
}

/** Ten years of months, for those who follow the contract. */
function Trend() {
  const trend = trpc.dashboards.trend.useQuery({ years: 10 });
  return (
    <Section id="tableau-tendance" title={t.trendTitle} lead={t.trendLead}>
      <Loaded query={trend} loadingLabel={t.loadingTrend}>
        {(data) => <TrendCharts trend={data} listHref={listHref} />}
      </Loaded>
    </Section>
  );
}

function Dashboard() {
  const me = useSession();
  const period = usePeriod();
  const utils = trpc.useUtils();
  const dashboard = trpc.dashboards.commune.useQuery({ period: period.key });
  const followsContract = canAny(me, ["indicators.read"]);
  return (
    <Page title={t.title} lead={t.lead(me.displayName, me.org.name)}>
      <PeriodForm period={period} />
      <Loaded query={dashboard} loadingLabel={t.loading}>
        {(data) => (
          <>
            <CommuneDashboard
              data={data}
              period={period}
              listHref={listHref}
              indicatorsHref={`/indicateurs?periode=${period.key}`}
              wording={t}
            />
            {followsContract ? <Trend /> : null}
            {followsContract ? (
              <ExportButtons
                id="tableau-export"
                fetchFile={(format) =>
                  utils.dashboards.export.fetch({ view: "commune", period: period.key, format })
                }
              />
            ) : null}
          </>
        )}
      </Loaded>
    </Page>
  );
}

export function DashboardPage() {
  const me = useSession();
  return canAny(me, ["saisines.read", "saisines.create"]) ? <Dashboard /> : <HomePage />;
}
