/**
 * A data table: a real `<table>` with its `<caption>`, column headers `scope="col"` and, for the
 * column that names each row, row headers `scope="row"`. Wide tables scroll sideways inside a
 * focusable region so the page itself never does.
 */
import { type ReactNode, useId } from "react";
import { uiMessages } from "./messages.ts";

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell(row: T): ReactNode;
  /** This column names the row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Right-aligned figures. */
  numeric?: boolean;
};

type DataTableProps<T> = {
  caption: ReactNode;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  empty?: ReactNode;
  /** Rows of a `<tfoot>` (totals): `<tr>` elements whose cells line up with the columns. */
  footer?: ReactNode;
};

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty = uiMessages.emptyTable,
  footer,
}: DataTableProps<T>) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? "numeric" : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.numeric ? "numeric" : undefined}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </section>
  );
}
