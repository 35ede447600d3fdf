/**
 * A list paged with « Charger plus »: the button under the table, and the announcement of how
 * many rows are now shown — kept with the filters it counted (it disappears when they change).
 */
import { type ReactNode, useState } from "react";
import { Button } from "./button.tsx";
import { formatNumber } from "./format.ts";
import { Loaded } from "./loaded.tsx";
import { Status } from "./notice.tsx";
import { useRoute } from "./router.tsx";

/** What an infinite query (TanStack Query) gives, as this needs it. */
export type PagedList<P = { items: unknown[] }> = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage(): Promise<{ data?: { pages: P[] }; error: unknown }>;
};

const itemsOf = (page: unknown) => (page as { items: unknown[] }).items;

/**
 * The next page, and the status line to show in a `<Status>` (`announce` adds other messages).
 * `rowsOf` finds a page's rows when they are not its `items`.
 */
export function useLoadMore<P>(
  list: PagedList<P>,
  loaded: (count: string) => string,
  rowsOf: (page: P) => readonly unknown[] = itemsOf,
) {
  const { search } = useRoute();
  const [status, setStatus] = useState<{ search: string; text: string } | null>(null);
  const announce = (text: string) => setStatus({ search: search.toString(), text });
  async function loadMore() {
    setStatus(null);
    const result = await list.fetchNextPage();
    const count = result.data?.pages.reduce((n, page) => n + rowsOf(page).length, 0) ?? 0;
    if (!result.error) announce(loaded(formatNumber(count)));
  }
  return {
    status: status?.search === search.toString() ? status.text : null,
    loadMore,
    announce,
  };
}

export function LoadMoreButton<P>({
  list,
  onLoad,
  label,
  busyLabel,
}: {
  list: PagedList<P>;
  onLoad(): Promise<void>;
  label: string;
  busyLabel: string;
}) {
  if (!list.hasNextPage) return null;
  return (
    <Button
      variant="secondary"
      onClick={() => void onLoad()}
      busy={list.isFetchingNextPage}
      busyLabel={busyLabel}
    >
      {label}
    </Button>
  );
}

/**
 * A paged list once loaded: `children` shows the rows fetched so far, « Charger plus » fetches the
 * next page, and a status line says how many rows are shown.
 */
export function PagedRows<P, R>({
  list,
  rowsOf,
  wording: t,
  loadingLabel,
  children,
}: {
  list: PagedList<P> & { data: { pages: P[] } | undefined; error: unknown };
  rowsOf(page: P): readonly R[];
  wording: { loaded(count: string): string; more: string; loadingMore: string };
  loadingLabel?: string;
  children(rows: R[]): ReactNode;
}) {
  const { status, loadMore } = useLoadMore(list, t.loaded, rowsOf);
  return (
    <>
      <Loaded query={list} loadingLabel={loadingLabel}>
        {(data) => (
          <>
            {children(data.pages.flatMap(rowsOf))}
            <LoadMoreButton
              list={list}
              onLoad={loadMore}
              label={t.more}
              busyLabel={t.loadingMore}
            />
          </>
        )}
      </Loaded>
      <Status>{status}</Status>
    </>
  );
}
