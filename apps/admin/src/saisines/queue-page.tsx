/**
 * « Saisines », the call centre's queue: every member commune's saisines, filtered from the URL,
 * sorted, paged by keyset with « Charger plus »; ticking rows assigns them in one go. From here:
 * registering a saisine received by phone, letter, email or at the desk, arbitrations, the recap.
 */
import { Button, Link, Loaded, Page, Status, formatNumber, useFormError, useRoute } from "@mutu/ui";
import { useEffect, useState } from "react";
import { trpc } from "@mutu/web";
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
  const queue = trpc.saisines.queue.useInfiniteQuery(
    { ...queueInputOf(filters), limit: PAGE_SIZE },
    { getNextPageParam: (last) => last.nextCursor ?? undefined },
  );
  const error = useFormError(queue.error);
  const refusedFilters = error && Object.keys(error.fieldErrors).length ? error : null;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<{ search: string; text: string } | null>(null);
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

  async function loadMore() {
    setStatus(null);
    const result = await queue.fetchNextPage();
    const count = result.data?.pages.reduce((n, page) => n + page.items.length, 0) ?? 0;
    if (!result.error)
      setStatus({ search: search.toString(), text: t.loaded(formatNumber(count)) });
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
      <BulkAssignBar
        selected={rows.filter((s) => selected.has(s.id))}
        assignees={assignees.data}
        onClear={() => setSelected(new Set())}
        onDone={(text) => setStatus({ search: search.toString(), text })}
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
              {queue.hasNextPage ? (
                <Button
                  variant="secondary"
                  onClick={() => void loadMore()}
                  busy={queue.isFetchingNextPage}
                  busyLabel={t.loadingMore}
                >
                  {t.more}
                </Button>
              ) : null}
            </>
          )}
        </Loaded>
      )}
      <Status>{status?.search === search.toString() ? status.text : null}</Status>
    </Page>
  );
}
