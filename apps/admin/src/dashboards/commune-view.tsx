/**
 * One member commune's dashboard as the service commun opens it: the commune's own dashboard (its
 * counts opening the queue filtered on the commune), ten years of months, exports.
 */
import { Page } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { CommuneDashboardView, usePeriod } from "@mutu/web/dashboards";
import { indicatorsHref, queueHref } from "./hrefs.ts";
import { dashboardsMessages } from "./messages.ts";

const t = dashboardsMessages.commune;

export function CommuneView({ orgId }: { orgId: string }) {
  const period = usePeriod();
  const dashboard = trpc.dashboards.commune.useQuery({ orgId, period: period.key });
  const name = dashboard.data?.orgName ?? "";
  return (
    <Page
      title={name ? t.title(name) : dashboardsMessages.operator.title}
      back={{ to: `/tableau-de-bord?periode=${period.key}`, label: t.back }}
    >
      <CommuneDashboardView
        orgId={orgId}
        period={period}
        dashboard={dashboard}
        loadingLabel={dashboardsMessages.operator.loading}
        listHref={queueHref({ orgId })}
        indicatorsHref={indicatorsHref(orgId, period.key)}
        wording={t}
      />
    </Page>
  );
}
