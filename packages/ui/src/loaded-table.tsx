/**
 * A list the API loads, shown as a table once it is there, its caption counting the rows
 * (« Jetons (3) »); while it loads or when it fails, what `Loaded` shows.
 */
import type { ReactNode } from "react";
import { DataTable, type DataTableProps, type RowKey, type TableOptions } from "./data-table.tsx";
import { Loaded } from "./loaded.tsx";

type LoadedTableProps<T> = RowKey<T> &
  Omit<TableOptions<T>, "caption" | "rows"> & {
    query: { data: readonly T[] | undefined; error: unknown };
    loadingLabel?: string;
    caption(count: number): ReactNode;
  };

export function LoadedTable<T>({ query, loadingLabel, caption, ...table }: LoadedTableProps<T>) {
  return (
    <Loaded query={query} loadingLabel={loadingLabel}>
      {(rows) => {
        // The caller's props hold the row key its rows allow; TypeScript cannot follow that
        // conditional type through the rest of the props, so they are put back together here
        // (and a key gives the JSX check a property it knows).
        const props = { ...table, caption: caption(rows.length), rows } as unknown;
        return <DataTable<T> key="table" {...(props as DataTableProps<T>)} />;
      }}
    </Loaded>
  );
}
