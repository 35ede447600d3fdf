/**
 * « Saisines », the call centre's queue: every member commune's saisines, filtered from the URL,
 * sorted, paged by keyset with « Charger plus »; ticking rows assigns them in one go. From here:
 * registering a saisine received by phone, letter, email or at the desk, arbitrations, the recap.
 */
import {
  Link,
  Loaded,
  Page,
  Status,
  formatNumber,
  useFormError,
  useRoute,
  LoadMoreButton,
  useLoadMore,
} from "@mutu/ui";
import { useEffect, useState } from "react";
import { trpc } from "@mutu/web";
import { drillDownFrom, drillDownInput, ListCount } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { BulkAssignBar } from "./bulk-assign-bar.tsx";
import { filtersFrom, QueueFiltersForm, queueInputOf } from "./queue-filters.tsx";
import { QueueTable } from "./queue-table.tsx";
import { useAssignees } from "./use-assignees.ts";

const t = saisinesMessages;
const PAGE_SIZE = 50;

export function QueuePage() {
  const { search } = useRoute();
  const orgs = useOrganisations();
  const assignees = useAssignees();
  const filters = filtersFrom(search);
  // A dashboard's count opens the queue with its filters: the queue counts the same saisines.
  const drillDown = drillDownFrom(search);
  const input = { ...queueInputOf(filters), ...drillDownInput(drillDown) };
  const queue = trpc.saisines.queue.useInfiniteQuery(
    { ...input, limit: PAGE_SIZE },
    { getNextPageParam: (last) => last.nextCursor ?? undefined },
  );
  const { sort: _sort, ...counted } = input;
  const total = trpc.saisines.queueCount.useQuery(counted);
  const { status, loadMore, announce } = useLoadMore(queue, t.loaded);
  const error = useFormError(queue.error);
  const refusedFilters = error && Object.keys(error.fieldErrors).length ? error : null;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const rows = queue.data?.pages.flatMap((page) => page.items) ?? [];
  // Other filters, other rows: a selection never carries over to saisines no longer shown.
  const query = search.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is the trigger
  useEffect(() => setSelected(new Set()), [query]);
  const communes = orgs.list.filter((org) => org.kind === "commune");

  function select(ids: string[], checked: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  return (
    <Page title={t.title} lead={t.lead}>
      <ul className="inline-actions plain-list page-actions">
        <li>
          <Link to="/saisines/enregistrer" className="button button-primary">
            {t.register}
          </Link>
        </li>
        <li>
          <Link to="/arbitrages" className="button button-secondary">
            {t.arbitrations}
          </Link>
        </li>
        <li>
          <Link to="/saisines/bilan" className="button button-secondary">
            {t.recap}
          </Link>
        </li>
      </ul>
      <QueueFiltersForm
        current={filters}
        communes={communes}
        assignees={assignees.data}
        error={refusedFilters}
      />
      {refusedFilters ? null : (
        <ListCount count={total.data?.count} drillDown={drillDown} resetTo="/saisines" />
      )}
      <BulkAssignBar
        selected={rows.filter((s) => selected.has(s.id))}
        assignees={assignees.data}
        onClear={() => setSelected(new Set())}
        onDone={announce}
      />
      {refusedFilters ? null : (
        <Loaded query={queue} loadingLabel={t.loading}>
          {() => (
            <>
              <QueueTable
                rows={rows}
                caption={t.caption(formatNumber(rows.length), Boolean(queue.hasNextPage))}
                selected={selected}
                onSelect={select}
              />
              <LoadMoreButton
                list={queue}
                onLoad={loadMore}
                label={t.more}
                busyLabel={t.loadingMore}
              />
            </>
          )}
        </Loaded>
      )}
      <Status>{status}</Status>
    </Page>
  );
}
