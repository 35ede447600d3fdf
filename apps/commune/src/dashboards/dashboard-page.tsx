/**
 * The commune's home is its dashboard: the saisines in progress, the contract's indicators for the
 * period, the period's charts — every count opening the list it counts — and their exports. Who
 * reads no saisines (a DPO) finds the welcome page instead.
 */
import { Page } from "@mutu/ui";
import { canAny, trpc, useSession } from "@mutu/web";
import { CommuneDashboardView, usePeriod } from "@mutu/web/dashboards";
import { type DrillDown, drillDownParams } from "@mutu/web/saisines";
import { HomePage } from "../home/home-page.tsx";
import { dashboardsMessages } from "./messages.ts";

const t = dashboardsMessages;

/** The commune's list with a dashboard count's filters. */
export function listHref(d: DrillDown) {
  const query = drillDownParams(d).toString();
  return `/saisines${query ? `?${query}` : ""}`;
}

function Dashboard() {
  const me = useSession();
  const period = usePeriod();
  const dashboard = trpc.dashboards.commune.useQuery({ period: period.key });
  return (
    <Page title={t.title} lead={t.lead(me.displayName, me.org.name)}>
      <CommuneDashboardView
        period={period}
        dashboard={dashboard}
        loadingLabel={t.loading}
        listHref={listHref}
        indicatorsHref={`/indicateurs?periode=${period.key}`}
        followsContract={canAny(me, ["indicators.read"])}
        wording={t}
      />
    </Page>
  );
}

export function DashboardPage() {
  const me = useSession();
  return canAny(me, ["saisines.read", "saisines.create"]) ? <Dashboard /> : <HomePage />;
}
