import { type Column, DataTable, DateTime, type ServerPages, type SortState } from "@mutu/ui";
import { CellStack, RoutingLines, saisineColumns } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import type { QueueItem } from "./types.ts";

const t = saisinesMessages;
const c = saisineColumns<QueueItem>(t);

type QueueTableProps = {
  rows: readonly QueueItem[];
  caption: string;
  selected: ReadonlySet<string>;
  onSelect(ids: string[], checked: boolean): void;
  sort: SortState;
  onSort(sort: SortState): void;
  pages: ServerPages;
};

export function QueueTable({
  rows,
  caption,
  selected,
  onSelect,
  sort,
  onSort,
  pages,
}: QueueTableProps) {
  const all = rows.length > 0 && rows.every((s) => selected.has(s.id));
  const columns: Column<QueueItem>[] = [
    {
      key: "select",
      label: t.columns.select,
      header: (
        <label className="select-cell">
          <input
            type="checkbox"
            checked={all}
            disabled={rows.length === 0}
            onChange={(event) =>
              onSelect(
                rows.map((s) => s.id),
                event.currentTarget.checked,
              )
            }
          />
          <span className="visually-hidden">{t.selectAll}</span>
        </label>
      ),
      cell: (s) => (
        <label className="select-cell">
          <input
            type="checkbox"
            checked={selected.has(s.id)}
            onChange={(event) => onSelect([s.id], event.currentTarget.checked)}
          />
          <span className="visually-hidden">{t.selectRow(s.reference)}</span>
        </label>
      ),
    },
    {
      ...c.reference((s) => <span>{s.orgName}</span>),
      sortable: true,
    },
    { ...c.title, sortable: true },
    c.kind,
    {
      ...c.status((s) =>
        s.needsQualification ? <span className="badge badge-warning">{t.toQualify}</span> : null,
      ),
      sortable: true,
    },
    {
      key: "routing",
      header: t.columns.routing,
      cell: (s) => (
        <CellStack>
          <RoutingLines saisine={s} wording={t} />
        </CellStack>
      ),
    },
    {
      key: "assignee",
      header: t.columns.assignee,
      sortable: true,
      cell: (s) => s.assigneeLabel ?? <span className="muted">{t.notAssigned}</span>,
    },
    { ...c.due, sortable: true },
    {
      key: "created",
      header: t.columns.created,
      sortable: true,
      cell: (s) => <DateTime value={s.createdAt} format="compact" />,
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      empty={t.empty}
      sorting={{ state: sort, onChange: onSort }}
      pages={pages}
      layout="cards"
    />
  );
}
