/**
 * A commune's dashboard as both spaces open it, below the page's title: the period's form, the
 * dashboard once loaded, then — for those who follow the contract — ten years of months and the
 * exports of the page's tables.
 */
import type { Period } from "@mutu/domain";
import { Loaded } from "@mutu/ui";
import type { DrillDown } from "../saisines/drill-down.tsx";
import { trpc } from "../trpc.ts";
import {
  CommuneDashboard,
  type CommuneDashboardData,
  type CommuneDashboardWording,
} from "./commune-dashboard.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { PeriodForm } from "./period.tsx";
import { TrendSection } from "./trend-charts.tsx";

export function CommuneDashboardView({
  orgId,
  period,
  dashboard,
  loadingLabel,
  listHref,
  indicatorsHref,
  followsContract = true,
  wording,
}: {
  /** The commune shown by the service commun (the caller's own in the commune space). */
  orgId?: string;
  period: Period;
  dashboard: { data: CommuneDashboardData | undefined; error: unknown };
  loadingLabel: string;
  listHref: (d: DrillDown) => string;
  /** The full indicators page of this commune and period (a path of the app). */
  indicatorsHref: string;
  /** Whether the trend and the exports are shown. */
  followsContract?: boolean;
  wording: CommuneDashboardWording & {
    trendTitle: string;
    trendLead: string;
    loadingTrend: string;
  };
}) {
  const utils = trpc.useUtils();
  return (
    <>
      <PeriodForm period={period} />
      <Loaded query={dashboard} loadingLabel={loadingLabel}>
        {(data) => (
          <>
            <CommuneDashboard
              data={data}
              period={period}
              listHref={listHref}
              indicatorsHref={indicatorsHref}
              wording={wording}
            />
            {followsContract ? (
              <>
                <TrendSection orgId={orgId} listHref={listHref} wording={wording} />
                <ExportButtons
                  id="tableau-export"
                  fetchFile={(format) =>
                    utils.dashboards.export.fetch({
                      view: "commune",
                      ...(orgId ? { orgId } : {}),
                      period: period.key,
                      format,
                    })
                  }
                />
              </>
            ) : null}
          </>
        )}
      </Loaded>
    </>
  );
}
