/** The commune's saisines as a table: reference, object, kind, status, who holds it, due dates. */
import {
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_TYPE_LABELS,
} from "@mutu/domain";
import { type Column, DataTable, DateTime, formatDateTimeCompact, Link } from "@mutu/ui";
import type { ReactNode } from "react";
import { DueBadge, StatusBadge, saisineHref } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import type { SaisineListItem } from "./types.ts";

const t = saisinesMessages;

function Stack({ children }: { children: ReactNode }) {
  return <span className="cell-stack">{children}</span>;
}

function holder(s: SaisineListItem) {
  return (
    <Stack>
      <span>{s.sharedServiceFunction}</span>
      {s.proximityCentre ? (
        <span>
          {s.proximityCentreName ? t.proximity(s.proximityCentreName) : t.proximityUnnamed}
        </span>
      ) : null}
      {s.assigneeLabel ? <span className="muted">{t.assignedTo(s.assigneeLabel)}</span> : null}
    </Stack>
  );
}

function due(s: SaisineListItem) {
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

const columns: Column<SaisineListItem>[] = [
  {
    key: "reference",
    header: t.columns.reference,
    rowHeader: true,
    cell: (s) => (
      <Link to={saisineHref(s.id)} className="nowrap">
        {s.reference}
      </Link>
    ),
  },
  { key: "title", header: t.columns.title, cell: (s) => s.title },
  {
    key: "kind",
    header: t.columns.kind,
    cell: (s) => (
      <Stack>
        <span>{SAISINE_TYPE_LABELS[s.type]}</span>
        <span>
          {SAISINE_NATURE_LABELS[s.nature]},{" "}
          {SAISINE_CRITICALITY_LABELS[s.criticality].toLowerCase()}
        </span>
        <span className="muted">{`${saisinesMessages.detail.subDomain} ${s.subDomain}`}</span>
      </Stack>
    ),
  },
  { key: "status", header: t.columns.status, cell: (s) => <StatusBadge status={s.status} /> },
  { key: "holder", header: t.columns.holder, cell: holder },
  { key: "due", header: t.columns.due, cell: due },
  {
    key: "filed",
    header: t.columns.filed,
    cell: (s) => (
      <Stack>
        <DateTime value={s.createdAt} format="compact" />
        <span className="muted">{t.filedBy(s.requesterLabel ?? s.filedByLabel)}</span>
        {s.onBehalfOfResident ? <span>{t.forResident}</span> : null}
      </Stack>
    ),
  },
];

export function SaisinesTable({
  rows,
  caption,
}: {
  rows: readonly SaisineListItem[];
  caption: string;
}) {
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
