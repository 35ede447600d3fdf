/**
 * A data table: a real `<table>` with its `<caption>`, column headers `scope="col"` and, for the
 * column that names each row, row headers `scope="row"`. Sorting, paging and which columns show
 * are TanStack Table's (headless): a column sorts by its `sortValue` (text the French way), or the
 * server sorts (`sorting`, the list asked again); a long list is cut in pages (`pageSize`).
 * On a phone a table turns into one card per row (`layout="cards"`), or scrolls sideways inside
 * a focusable region that says so — the page itself never does.
 */
import {
  columnVisibilityFeature,
  createPaginatedRowModel,
  createSortedRowModel,
  type ColumnDef,
  type PaginationState,
  rowPaginationFeature,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { type ReactNode, useId, useMemo, useState } from "react";
import { frenchCollator } from "./format.ts";
import { uiMessages } from "./messages.ts";
import { Pager } from "./pager.tsx";
import { ScrollRegion, useOverflow } from "./use-overflow.tsx";

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell(row: T): ReactNode;
  /** This column names the row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** What the column sorts by in the browser: text sorts the French way (Bègles before Bruges). */
  sortValue?(row: T): string | number | null;
  /** With server sorting (`sorting`): the column may be sorted by the server. */
  sortable?: boolean;
  /** The column's name where its header is not text (cards on a phone, the column chooser). */
  label?: string;
};

/** Pages cut by the server: the table's pagination state is TanStack's, the rows the server's. */
export type ServerPages = {
  pageIndex: number;
  pageSize: number;
  /** Null when not counted (or counted only up to a cap). */
  pageCount: number | null;
  hasNext: boolean;
  /** « 1 234 saisines »: what the pages hold, already worded. */
  totalLabel?: ReactNode;
  busy?: boolean;
  onChange(pageIndex: number): void;
};

/** A sort: the column's key and its direction. */
export type SortState = { column: string; direction: "asc" | "desc" };

/** Each row's key: its `id` by default, when rows have one. */
export type RowKey<T> = [T] extends [{ id: string }]
  ? { rowKey?(row: T): string }
  : { rowKey(row: T): string };

const byId = (row: unknown) => (row as { id: string }).id;

export type DataTableProps<T> = RowKey<T> & TableOptions<T>;

export type TableOptions<T> = {
  caption: ReactNode;
  columns: readonly Column<T>[];
  rows: readonly T[];
  empty?: ReactNode;
  /** Rows of a `<tfoot>` (totals): `<tr>` elements whose cells line up with the columns. */
  footer?: ReactNode;
  /** The first sort of a table sorted in the browser. */
  initialSort?: SortState;
  /** Sorted by the server: the current sort and what to do when the person asks for another. */
  sorting?: { state: SortState | null; onChange(next: SortState): void };
  /** Rows per page, for a long list held in the browser (a pager under the table). */
  pageSize?: number;
  /** Pages the server cuts (keyset): where the person is, whether there is a next one. */
  pages?: ServerPages;
  /** Columns the person chose to hide (by key). */
  hidden?: readonly string[];
  /** On a phone: one card per row, or a table that scrolls sideways (the default). */
  layout?: "scroll" | "cards";
};

const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
});

type Features = typeof features;
/** Rows are wrapped: a table's row may be any value (a string, a tuple…), TanStack's must be an object. */
type Wrapped<T> = { item: T };

const compareValues = (a: string | number | null, b: string | number | null) => {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return frenchCollator.compare(String(a), String(b));
};

const textOf = (column: Column<unknown>) =>
  column.label ?? (typeof column.header === "string" ? column.header : "");

const toSorting = (sort: SortState | null | undefined): SortingState =>
  sort ? [{ id: sort.column, desc: sort.direction === "desc" }] : [];

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey = byId,
  empty = uiMessages.emptyTable,
  footer,
  initialSort,
  sorting,
  pageSize,
  pages,
  hidden,
  layout = "scroll",
}: DataTableProps<T>) {
  const captionId = useId();
  const hintId = useId();
  const [localSort, setLocalSort] = useState<SortingState>(toSorting(initialSort));
  const [pagination, setPagination] = useState<PaginationState>({
    pageIndex: 0,
    pageSize: pageSize ?? Number.MAX_SAFE_INTEGER,
  });
  const defs = useMemo(
    () =>
      columns.map(
        (column): ColumnDef<Features, Wrapped<T>> => ({
          id: column.key,
          accessorFn: (row: Wrapped<T>) => column.sortValue?.(row.item) ?? null,
          enableSorting: sorting ? Boolean(column.sortable) : Boolean(column.sortValue),
          sortFn: (a, b) =>
            compareValues(
              a.getValue(column.key) as string | number | null,
              b.getValue(column.key) as string | number | null,
            ),
          sortUndefined: "last",
        }),
      ),
    [columns, sorting],
  );
  const data = useMemo(() => rows.map((item) => ({ item })), [rows]);
  const table = useTable({
    features,
    columns: defs,
    data,
    getRowId: (row: Wrapped<T>) => rowKey(row.item),
    state: {
      sorting: sorting ? toSorting(sorting.state) : localSort,
      pagination: pages ? { pageIndex: pages.pageIndex, pageSize: pages.pageSize } : pagination,
      columnVisibility: Object.fromEntries((hidden ?? []).map((key) => [key, false])),
    },
    manualSorting: Boolean(sorting),
    enableSortingRemoval: false,
    enableMultiSort: false,
    onSortingChange: (updater) => {
      const current = sorting ? toSorting(sorting.state) : localSort;
      const next = typeof updater === "function" ? updater(current) : updater;
      const first = next[0];
      if (sorting) {
        if (first) sorting.onChange({ column: first.id, direction: first.desc ? "desc" : "asc" });
      } else setLocalSort(next);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    manualPagination: Boolean(pages),
    pageCount: pages ? (pages.pageCount ?? -1) : undefined,
    onPaginationChange: (updater) => {
      if (!pages) return setPagination(updater);
      const current = { pageIndex: pages.pageIndex, pageSize: pages.pageSize };
      const next = typeof updater === "function" ? updater(current) : updater;
      if (next.pageIndex !== pages.pageIndex) pages.onChange(next.pageIndex);
    },
    autoResetPageIndex: false,
  });
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const visible = columns.filter((c) => !hidden?.includes(c.key));
  const shown = table.getRowModel().rows;
  const { ref, overflowing } = useOverflow<HTMLElement>();
  // An empty table is a card on a phone too: its one line, no headers to scroll sideways to.
  const cards = layout === "cards" || shown.length === 0;
  return (
    <>
      <ScrollRegion
        regionRef={ref}
        className={`table-scroll${cards ? " table-scroll-cards" : ""}${overflowing ? " is-overflowing" : ""}`}
        labelledBy={captionId}
        describedBy={overflowing ? hintId : undefined}
        focusable={overflowing}
      >
        <table className={`table${cards ? " table-cards" : ""}`}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {table.getFlatHeaders().map((header) => {
                const column = byKey.get(header.column.id);
                if (!column || !header.column.getIsVisible()) return null;
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={column.numeric ? "numeric" : undefined}
                    aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {column.header}
                        <span className="sort-mark" aria-hidden="true">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                        <span className="visually-hidden">
                          {sorted === "asc"
                            ? uiMessages.table.sortedAsc
                            : sorted === "desc"
                              ? uiMessages.table.sortedDesc
                              : uiMessages.table.sortable}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={visible.length} className="table-empty">
                  {empty}
                </td>
              </tr>
            ) : (
              shown.map((row) => (
                <tr key={row.id}>
                  {visible.map((column) => {
                    const label = layout === "cards" ? textOf(column as Column<unknown>) : "";
                    const content = column.cell(row.original.item);
                    return column.rowHeader ? (
                      <th key={column.key} scope="row" data-label={label || undefined}>
                        {content}
                      </th>
                    ) : (
                      <td
                        key={column.key}
                        className={column.numeric ? "numeric" : undefined}
                        data-label={label || undefined}
                      >
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
          {footer ? <tfoot>{footer}</tfoot> : null}
        </table>
      </ScrollRegion>
      {overflowing ? (
        <p id={hintId} className="table-scroll-hint">
          {uiMessages.table.scrollHint}
        </p>
      ) : null}
      {pages ? (
        <Pager
          pageIndex={pages.pageIndex}
          pageCount={pages.pageCount}
          totalLabel={pages.totalLabel}
          canPrevious={table.getCanPreviousPage()}
          canNext={pages.hasNext && table.getCanNextPage()}
          onPrevious={() => table.previousPage()}
          onNext={() => table.nextPage()}
          onFirst={() => table.firstPage()}
          busy={pages.busy}
        />
      ) : null}
      {pageSize && rows.length > pageSize ? (
        <Pager
          pageIndex={pagination.pageIndex}
          pageCount={table.getPageCount()}
          total={rows.length}
          canPrevious={table.getCanPreviousPage()}
          canNext={table.getCanNextPage()}
          onPrevious={() => table.previousPage()}
          onNext={() => table.nextPage()}
        />
      ) : null}
    </>
  );
}
