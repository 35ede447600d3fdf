/** A contribution's breakdown: one row per line, the total in the footer. */
import { type Column, DataTable, formatMoney } from "@mutu/ui";
import type { ReactNode } from "react";
import { contributionMessages as t } from "./messages.ts";

type Line = { label: string; cents: number };
type Row = Line & { index: number };

const columns: Column<Row>[] = [
  { key: "label", header: t.line, rowHeader: true, cell: (l) => l.label },
  { key: "amount", header: t.amount, numeric: true, cell: (l) => formatMoney(l.cents) },
];

export function LinesTable({
  caption,
  lines,
  total,
  totalLabel = t.total,
}: {
  caption: ReactNode;
  lines: readonly Line[];
  total: number;
  totalLabel?: string;
}) {
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={lines.map((line, index) => ({ ...line, index }))}
      rowKey={(l) => String(l.index)}
      footer={
        <tr>
          <th scope="row">{totalLabel}</th>
          <td className="numeric">{formatMoney(total)}</td>
        </tr>
      }
    />
  );
}
