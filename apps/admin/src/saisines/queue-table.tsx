/**
 * The queue as a table, one checkbox per row (and one for every row shown) for bulk assignment:
 * reference, commune, object, kind, status, routing, assignee, due dates with their state.
 */
import { SAISINE_TYPE_LABELS } from "@mutu/domain";
import { type Column, DataTable, Link } from "@mutu/ui";
import { CellStack, DueCell, KindCell, StatusBadge, saisineHref } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import type { QueueItem } from "./types.ts";

const t = saisinesMessages;

type QueueTableProps = {
  rows: readonly QueueItem[];
  caption: string;
  selected: ReadonlySet<string>;
  onSelect(ids: string[], checked: boolean): void;
};

export function QueueTable({ rows, caption, selected, onSelect }: QueueTableProps) {
  const all = rows.length > 0 && rows.every((s) => selected.has(s.id));
  const columns: Column<QueueItem>[] = [
    {
      key: "select",
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
      key: "reference",
      header: t.columns.reference,
      rowHeader: true,
      cell: (s) => (
        <CellStack>
          <Link to={saisineHref(s.id)} className="nowrap">
            {s.reference}
          </Link>
          <span>{s.orgName}</span>
        </CellStack>
      ),
    },
    { key: "title", header: t.columns.title, cell: (s) => s.title },
    {
      key: "kind",
      header: t.columns.kind,
      cell: (s) => (
        <KindCell saisine={s} first={`${SAISINE_TYPE_LABELS[s.type]} — ${s.subDomain}`} />
      ),
    },
    {
      key: "status",
      header: t.columns.status,
      cell: (s) => (
        <CellStack>
          <StatusBadge status={s.status} />
          {s.needsQualification ? <span className="badge badge-warning">{t.toQualify}</span> : null}
        </CellStack>
      ),
    },
    {
      key: "routing",
      header: t.columns.routing,
      cell: (s) => (
        <CellStack>
          <span>{s.sharedServiceFunction}</span>
          {s.proximityCentre ? (
            <span>
              {s.proximityCentreName ? t.proximity(s.proximityCentreName) : t.proximityUnnamed}
            </span>
          ) : null}
        </CellStack>
      ),
    },
    {
      key: "assignee",
      header: t.columns.assignee,
      cell: (s) => s.assigneeLabel ?? <span className="muted">{t.notAssigned}</span>,
    },
    { key: "due", header: t.columns.due, cell: (s) => <DueCell saisine={s} wording={t} /> },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(s) => s.id}
      empty={t.empty}
    />
  );
}
