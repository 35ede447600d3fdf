/**
 * « Saisines », the call centre's queue: every member commune's saisines — views, filters applied
 * as they change (in the URL), counts per status, the table sorted by its columns and cut in
 * pages (keyset) with the total; ticking rows acts on them in one go; the filtered list exports
 * to CSV, XLSX and ODS. From here: registering a saisine, arbitrations, the recap.
 */
import { parseQueueSort, queueSortText } from "@mutu/domain";
import { Link, Loaded, Page, Status, formatNumber, useFormError, useRoute } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { useEffect, useState } from "react";
import { drillDownFrom, drillDownInput, ListCount } from "@mutu/web/saisines";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { BulkBar } from "./bulk-bar.tsx";
import { saisinesMessages } from "./messages.ts";
import { countText, QueueCounts } from "./queue-counts.tsx";
import { QueueExport } from "./queue-export.tsx";
import { QueueFiltersForm } from "./queue-filters.tsx";
import { QueueTable } from "./queue-table.tsx";
import {
  queueInputOf,
  queuePath,
  queueUrl,
  scopeOf,
  VIEW_PARAM,
  withHistory,
} from "./queue-url.ts";
import { QueueViews } from "./queue-views.tsx";
import { useAssignees } from "./use-assignees.ts";

const t = saisinesMessages;
const PAGE_SIZE = 50;

/** Keyset pages: the cursor of each page seen, so « Page précédente » goes back without counting. */
function useQueuePages(key: string) {
  const [state, setState] = useState<{
    key: string;
    cursors: (string | undefined)[];
    index: number;
  }>({
    key,
    cursors: [undefined],
    index: 0,
  });
  const current = state.key === key ? state : { key, cursors: [undefined], index: 0 };
  return {
    index: current.index,
    cursor: current.cursors[current.index],
    go(index: number, nextCursor: string | null) {
      setState(() => {
        const cursors = [...current.cursors];
        if (index > current.index && nextCursor) cursors[index] = nextCursor;
        return { key, cursors, index: Math.max(0, index) };
      });
    },
  };
}

export function QueuePage() {
  const { search, navigate } = useRoute();
  const orgs = useOrganisations();
  const assignees = useAssignees();
  const filters = queueUrl.from(search);
  const viewId = search.get(VIEW_PARAM);
  // A dashboard's count opens the queue with its filters: the queue counts the same saisines.
  const drillDown = drillDownFrom(search);
  const drilled = drillDownInput(drillDown);
  const drilling = Object.keys(drilled).length > 0;
  const input = { ...queueInputOf(filters), ...drilled };
  const key = JSON.stringify(input);
  const pages = useQueuePages(key);
  const queue = trpc.saisines.queue.useQuery(
    { ...input, limit: PAGE_SIZE, ...(pages.cursor ? { cursor: pages.cursor } : {}) },
    { placeholderData: (previous) => previous },
  );
  const counts = trpc.saisines.queueCounts.useQuery(
    { ...scopeOf(filters), history: withHistory(filters) },
    { placeholderData: (previous) => previous },
  );
  const views = trpc.saisines.views.useQuery(undefined, { staleTime: 60_000 });
  const { sort: _sort, ...counted } = input;
  // Counts per status do not know a dashboard's filters: then the list says its own number.
  const drilledTotal = trpc.saisines.queueCount.useQuery(counted, { enabled: drilling });
  const error = useFormError(queue.error);
  const refusedFilters = error && Object.keys(error.fieldErrors).length ? error : null;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  const rows = queue.data?.items ?? [];
  // Other filters, other rows: a selection never carries over to saisines no longer shown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is the trigger
  useEffect(() => setSelected(new Set()), [key]);
  const communes = orgs.communes;
  const sort = parseQueueSort(filters.sort);
  // The total of what the filters select: every status counted, or the one asked.
  const shownCounts = counts.data?.counts.filter((c) =>
    filters.status && filters.status !== "toutes" ? c.status === filters.status : true,
  );
  const total = drilling
    ? (drilledTotal.data?.count ?? null)
    : (shownCounts?.reduce((n, c) => n + c.count, 0) ?? null);
  const capped = !drilling && (shownCounts?.some((c) => c.capped) ?? false);

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

  // The line above the queue says the total when it is exact: the caption says it only when capped,
  // and nothing of the count when the queue shows every row.
  const allShown = total !== null && !capped && rows.length === total;
  const cappedTotal = total !== null && capped ? countText(total, capped) : null;

  return (
    <Page title={t.title} lead={t.lead}>
      <ul className="inline-actions plain-list page-actions">
        <li>
          <Link to="/saisines/enregistrer" className="button button-primary">
            {t.register}
          </Link>
        </li>
        <li>
          <Link to="/saisines/arbitrages" className="button button-secondary">
            {t.arbitrations}
          </Link>
        </li>
        <li>
          <Link to="/saisines/bilan" className="button button-secondary">
            {t.recap}
          </Link>
        </li>
      </ul>
      <Status>{status}</Status>
      <QueueViews views={views.data} current={filters} viewId={viewId} onDone={setStatus} />
      <QueueFiltersForm
        current={filters}
        communes={communes}
        assignees={assignees.data}
        error={refusedFilters}
      />
      {refusedFilters ? null : (
        <>
          {/* The number of saisines the filters select: the one a dashboard's count showed. */}
          <ListCount
            count={total === null || capped ? undefined : total}
            drillDown={drillDown}
            resetTo="/saisines"
          />
          {/* Counts per status do not know a dashboard's filters: shown without them only. */}
          {drilling ? null : <QueueCounts counts={counts.data} current={filters} />}
        </>
      )}
      <BulkBar
        selected={rows.filter((s) => selected.has(s.id))}
        assignees={assignees.data}
        onClear={() => setSelected(new Set())}
        onDone={setStatus}
      />
      {refusedFilters ? null : (
        <Loaded query={queue} loadingLabel={t.loading}>
          {() => (
            <>
              <QueueTable
                rows={rows}
                caption={t.caption(allShown ? null : formatNumber(rows.length), cappedTotal)}
                selected={selected}
                onSelect={select}
                sort={{ column: sort.key, direction: sort.direction }}
                onSort={(next) =>
                  navigate(
                    queuePath(
                      {
                        ...filters,
                        sort: queueSortText({
                          key: parseQueueSort(next.column).key,
                          direction: next.direction,
                        }),
                      },
                      viewId ?? undefined,
                      search,
                    ),
                    { keepFocus: true },
                  )
                }
                pages={{
                  pageIndex: pages.index,
                  pageSize: PAGE_SIZE,
                  pageCount:
                    total !== null && !capped ? Math.max(1, Math.ceil(total / PAGE_SIZE)) : null,
                  hasNext: Boolean(queue.data?.nextCursor),
                  totalLabel: total === null ? null : t.counts.total(countText(total, capped)),
                  busy: queue.isFetching,
                  onChange: (index) => pages.go(index, queue.data?.nextCursor ?? null),
                }}
              />
              <QueueExport input={input} onDone={setStatus} />
            </>
          )}
        </Loaded>
      )}
    </Page>
  );
}
