/**
 * The managers' tables: each centre de proximité and each commune for the period — filed (beside
 * the year before), open and late today, delays within their targets, first-contact resolution.
 * Every count opens the queue it counts; a commune's name opens its dashboard.
 */
import { type Column, DataTable, formatNumber, Link } from "@mutu/ui";
import type { RouterOutputs } from "@mutu/web";
import { CountLink, shareText } from "@mutu/web/dashboards";
import type { DrillDown } from "@mutu/web/saisines";
import { communeDashboardHref, indicatorsHref, queueHref, type Scope } from "./hrefs.ts";
import { dashboardsMessages } from "./messages.ts";

const t = dashboardsMessages.operator;
const c = t.columns;

type Operator = RouterOutputs["dashboards"]["operator"];
type Summary = Operator["total"];

/** The columns both tables share, for the scope of a row. */
function figureColumns<R extends Summary>(scopeOf: (r: R) => Scope | null, periodKey: string) {
  const filed = { status: "toutes" as const, period: { on: "filed" as const, key: periodKey } };
  const href = (r: R, d: DrillDown) => {
    const scope = scopeOf(r);
    return scope ? queueHref(scope)(d) : null;
  };
  return [
    {
      key: "filed",
      header: c.filed,
      numeric: true,
      cell: (r: R) => <CountLink count={r.filed} to={href(r, filed)} />,
    },
    {
      key: "previousYear",
      header: c.previousYear,
      numeric: true,
      cell: (r: R) => formatNumber(r.previousYear),
    },
    {
      key: "open",
      header: c.open,
      numeric: true,
      cell: (r: R) => <CountLink count={r.open} to={href(r, {})} />,
    },
    {
      key: "breached",
      header: c.breached,
      numeric: true,
      cell: (r: R) => <CountLink count={r.breached} to={href(r, { due: "breached" })} />,
    },
    { key: "handling", header: c.handling, cell: (r: R) => shareText(r.handling) },
    { key: "resolution", header: c.resolution, cell: (r: R) => shareText(r.resolution) },
    { key: "firstContact", header: c.firstContact, cell: (r: R) => shareText(r.firstContact) },
  ] satisfies Column<R>[];
}

type CentreRow = Operator["byCentre"][number];

export function CentresTable({ data }: { data: Operator }) {
  const columns: Column<CentreRow>[] = [
    {
      key: "centre",
      header: c.centre,
      rowHeader: true,
      cell: (r) => r.centre ?? t.noCentre,
    },
    { key: "communes", header: c.communes, numeric: true, cell: (r) => formatNumber(r.communes) },
    // Communes without a centre have no queue filter of their own: their counts are plain.
    ...figureColumns<CentreRow>((r) => (r.centre ? { centre: r.centre } : null), data.period.key),
  ];
  return (
    <DataTable
      caption={t.byCentreCaption(data.period.label)}
      columns={columns}
      rows={data.byCentre}
      rowKey={(r) => r.centre ?? "-"}
    />
  );
}

type CommuneRow = Operator["communes"][number];

export function CommunesTable({ data }: { data: Operator }) {
  const key = data.period.key;
  const columns: Column<CommuneRow>[] = [
    {
      key: "commune",
      header: c.commune,
      rowHeader: true,
      cell: (r) => (
        <Link to={communeDashboardHref(r.orgId, key)} aria-label={t.openCommune(r.name)}>
          {r.name}
        </Link>
      ),
    },
    { key: "centre", header: c.centre, cell: (r) => r.centre ?? t.noCentre },
    ...figureColumns<CommuneRow>((r) => ({ orgId: r.orgId }), key),
    {
      key: "indicators",
      header: c.indicators,
      cell: (r) => (
        <Link to={indicatorsHref(r.orgId, key)} aria-label={t.indicatorsOf(r.name)}>
          {c.indicators}
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      caption={t.byCommuneCaption(data.period.label)}
      columns={columns}
      rows={data.communes}
      rowKey={(r) => r.orgId}
    />
  );
}
