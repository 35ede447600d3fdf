/**
 * The queue as a table, one checkbox per row (and one for every row shown) for bulk assignment:
 * reference, commune, object, kind, status, routing, assignee, due dates with their state.
 */
import {
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_TYPE_LABELS,
} from "@mutu/domain";
import { type Column, DataTable, Link, formatDateTimeCompact } from "@mutu/ui";
import type { ReactNode } from "react";
import { DueBadge, StatusBadge, saisineHref } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import type { QueueItem } from "./types.ts";

const t = saisinesMessages;

function Stack({ children }: { children: ReactNode }) {
  return <span className="cell-stack">{children}</span>;
}

function due(s: QueueItem) {
  const lines = [
    s.handlingDueAt ? t.handlingDue(formatDateTimeCompact(s.handlingDueAt)) : null,
    s.resolutionDueAt ? t.resolutionDue(formatDateTimeCompact(s.resolutionDueAt)) : null,
  ].filter((line): line is string => line !== null);
  return (
    <Stack>
      {lines.length ? (
        lines.map((line) => <span key={line}>{line}</span>)
      ) : s.isOpen ? (
        <span className="muted">{t.noDue}</span>
      ) : null}
      <span>
        <DueBadge state={s.dueState} />
      </span>
    </Stack>
  );
}

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
        <Stack>
          <Link to={saisineHref(s.id)} className="nowrap">
            {s.reference}
          </Link>
          <span>{s.orgName}</span>
        </Stack>
      ),
    },
    { key: "title", header: t.columns.title, cell: (s) => s.title },
    {
      key: "kind",
      header: t.columns.kind,
      cell: (s) => (
        <Stack>
          <span>{`${SAISINE_TYPE_LABELS[s.type]} — ${s.subDomain}`}</span>
          <span>
            {SAISINE_NATURE_LABELS[s.nature]},{" "}
            {SAISINE_CRITICALITY_LABELS[s.criticality].toLowerCase()}
          </span>
        </Stack>
      ),
    },
    {
      key: "status",
      header: t.columns.status,
      cell: (s) => (
        <Stack>
          <StatusBadge status={s.status} />
          {s.needsQualification ? <span className="badge badge-warning">{t.toQualify}</span> : null}
        </Stack>
      ),
    },
    {
      key: "routing",
      header: t.columns.routing,
      cell: (s) => (
        <Stack>
          <span>{s.sharedServiceFunction}</span>
          {s.proximityCentre ? (
            <span>
              {s.proximityCentreName ? t.proximity(s.proximityCentreName) : t.proximityUnnamed}
            </span>
          ) : null}
        </Stack>
      ),
    },
    {
      key: "assignee",
      header: t.columns.assignee,
      cell: (s) => s.assigneeLabel ?? <span className="muted">{t.notAssigned}</span>,
    },
    { key: "due", header: t.columns.due, cell: due },
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
