/**
 * The managers' view of every member commune for a period, or of one centre de proximité's:
 * totals, a table per centre and per commune, the period's charts, ten years of months, exports.
 */
import { Link, Loaded, Page, Section, useRoute, withParams } from "@mutu/ui";
import { trpc } from "@mutu/web";
import {
  ExportButtons,
  PeriodCharts,
  PeriodForm,
  shareText,
  Tile,
  TrendSection,
  usePeriod,
} from "@mutu/web/dashboards";
import { queueHref } from "./hrefs.ts";
import { dashboardsMessages } from "./messages.ts";
import { CentresTable, CommunesTable } from "./summary-tables.tsx";

const t = dashboardsMessages.operator;

function CentreNav({ centres, current }: { centres: readonly string[]; current: string | null }) {
  const { search } = useRoute();
  const hrefOf = (centre: string | null) => withParams("/tableau-de-bord", search, { centre });
  return (
    <nav aria-label={t.centres} className="status-tabs centre-nav">
      <ul className="inline-actions plain-list">
        {[null, ...centres].map((centre) => (
          <li key={centre ?? "-"}>
            <Link to={hrefOf(centre)} aria-current={centre === current ? "page" : undefined}>
              {centre ?? t.allCentres}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ConsolidatedView() {
  const { search } = useRoute();
  const period = usePeriod();
  const centre = search.get("centre")?.trim() || null;
  const utils = trpc.useUtils();
  const input = { period: period.key, ...(centre ? { centre } : {}) };
  const dashboard = trpc.dashboards.operator.useQuery(input);
  const listHref = queueHref({ centre });
  return (
    <Page title={t.title} lead={t.lead}>
      <PeriodForm period={period} />
      <Loaded query={dashboard} loadingLabel={t.loading}>
        {(data) => (
          <>
            <CentreNav centres={data.centres} current={data.centre} />
            <Section id="tableau-total" title={t.totalTitle(data.period.label, data.centre)}>
              <ul className="tiles">
                <Tile
                  label={t.filed}
                  count={data.total.filed}
                  to={listHref({ status: "toutes", period: { on: "filed", key: data.period.key } })}
                />
                <Tile label={t.open} count={data.total.open} to={listHref({})} />
                <Tile
                  label={t.breached}
                  count={data.total.breached}
                  to={listHref({ due: "breached" })}
                  tone="danger"
                />
              </ul>
              <dl className="summary-list">
                <dt>{t.handling}</dt>
                <dd>{shareText(data.total.handling)}</dd>
                <dt>{t.resolution}</dt>
                <dd>{shareText(data.total.resolution)}</dd>
                <dt>{t.firstContact}</dt>
                <dd>{shareText(data.total.firstContact)}</dd>
              </dl>
            </Section>
            <Section id="tableau-centres" title={t.byCentreTitle}>
              <CentresTable data={data} />
            </Section>
            <Section id="tableau-communes" title={t.byCommuneTitle}>
              <CommunesTable data={data} />
            </Section>
            <PeriodCharts data={data} period={period} listHref={listHref} wording={t} />
          </>
        )}
      </Loaded>
      {centre ? null : <TrendSection listHref={queueHref({})} wording={t} />}
      <ExportButtons
        id="tableau-export"
        fetchFile={(format) =>
          utils.dashboards.export.fetch({ view: "operator", ...input, format })
        }
      />
    </Page>
  );
}
