/** A register's list once loaded: its table, captioned with the count of its rows. */
import { type Column, DataTable, Loaded } from "@mutu/ui";
import type { ReactNode } from "react";
import { rgpdMessages } from "./messages.ts";

export function RegisterTable<T extends { id: string }>({
  query,
  caption,
  columns,
  empty,
}: {
  query: { data: readonly T[] | undefined; error: unknown };
  caption(count: number): string;
  columns: readonly Column<T>[];
  empty?: ReactNode;
}) {
  return (
    <Loaded query={query} loadingLabel={rgpdMessages.loading}>
      {(rows) => (
        <DataTable
          caption={caption(rows.length)}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          empty={empty}
        />
      )}
    </Loaded>
  );
}
