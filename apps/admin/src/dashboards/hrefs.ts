/**
 * Where the service commun's dashboards lead: the queue with a count's filters (a commune, a
 * centre de proximité, then the drill-down), one commune's dashboard, its indicators.
 */
import { type DrillDown, drillDownParams } from "@mutu/web/saisines";

export type Scope = { orgId?: string | null; centre?: string | null };

/** The queue of a scope with a dashboard count's filters. */
export function queueHref(scope: Scope) {
  return (d: DrillDown) => {
    const search = new URLSearchParams();
    if (scope.orgId) search.set("commune", scope.orgId);
    if (scope.centre) search.set("centre", scope.centre);
    for (const [name, value] of drillDownParams(d)) search.set(name, value);
    const query = search.toString();
    return `/saisines${query ? `?${query}` : ""}`;
  };
}

export const communeDashboardHref = (orgId: string, periodKey: string) =>
  `/tableau-de-bord?commune=${orgId}&periode=${periodKey}`;

export const indicatorsHref = (orgId: string, periodKey: string) =>
  `/indicateurs?commune=${orgId}&periode=${periodKey}`;
