/**
 * « Saisines »: the commune's saisines (all of them with `saisines.read`, else those filed for
 * the person), filtered and sorted from the URL, paged with « Charger plus »; the way to file one.
 */
import { Link, Page, PagedRows, formatNumber, useRoute } from "@mutu/ui";
import { canAny, trpc, useSession } from "@mutu/web";
import { drillDownFrom, drillDownInput, ListCount } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import { filtersFrom, ListFiltersForm, listInputOf } from "./list-filters.tsx";
import { SaisinesTable } from "./list-table.tsx";

const t = saisinesMessages;
const PAGE_SIZE = 50;

export function SaisinesPage() {
  const me = useSession();
  const { search } = useRoute();
  const canReadAll = canAny(me, ["saisines.read"]);
  const filters = filtersFrom(search);
  // A dashboard's count opens this list with its filters: the list counts the same saisines.
  const drillDown = drillDownFrom(search);
  const input = { ...listInputOf(filters, canReadAll), ...drillDownInput(drillDown) };
  const list = trpc.saisines.list.useInfiniteQuery(
    { ...input, limit: PAGE_SIZE },
    { getNextPageParam: (last) => last.nextCursor ?? undefined },
  );
  const { sort: _sort, ...counted } = input;
  const total = trpc.saisines.count.useQuery(counted);

  return (
    <Page title={t.title} lead={t.lead}>
      <ul className="inline-actions plain-list page-actions">
        {canAny(me, ["saisines.create"]) ? (
          <li>
            <Link to="/saisines/nouvelle" className="button button-primary">
              {t.newLink}
            </Link>
          </li>
        ) : null}
        {canReadAll ? (
          <li>
            <Link to="/saisines/bilan" className="button button-secondary">
              {t.recapLink}
            </Link>
          </li>
        ) : null}
      </ul>
      {canReadAll ? null : <p className="prose">{t.ownOnly}</p>}
      <ListFiltersForm current={filters} canReadAll={canReadAll} />
      <ListCount count={total.data?.count} drillDown={drillDown} resetTo="/saisines" />
      <PagedRows list={list} rowsOf={(page) => page.items} wording={t} loadingLabel={t.loading}>
        {(rows) => (
          <SaisinesTable
            rows={rows}
            caption={t.caption(formatNumber(rows.length), Boolean(list.hasNextPage))}
          />
        )}
      </PagedRows>
    </Page>
  );
}
