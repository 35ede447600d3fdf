/** The commune's saisines as a table: reference, object, kind, status, who holds it, due dates. */
import { type Column, DataTable, DateTime, Link } from "@mutu/ui";
import {
  CellStack,
  DueCell,
  KindCell,
  RoutingLines,
  StatusBadge,
  saisineHref,
} from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import type { SaisineListItem } from "./types.ts";

const t = saisinesMessages;

function holder(s: SaisineListItem) {
  return (
    <CellStack>
      <RoutingLines saisine={s} wording={t} />
      {s.assigneeLabel ? <span className="muted">{t.assignedTo(s.assigneeLabel)}</span> : null}
    </CellStack>
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
      <KindCell
        saisine={s}
        last={
          <span className="muted">{`${saisinesMessages.detail.subDomain} ${s.subDomain}`}</span>
        }
      />
    ),
  },
  { key: "status", header: t.columns.status, cell: (s) => <StatusBadge status={s.status} /> },
  { key: "holder", header: t.columns.holder, cell: holder },
  { key: "due", header: t.columns.due, cell: (s) => <DueCell saisine={s} wording={t} /> },
  {
    key: "filed",
    header: t.columns.filed,
    cell: (s) => (
      <CellStack>
        <DateTime value={s.createdAt} format="compact" />
        <span className="muted">{t.filedBy(s.requesterLabel ?? s.filedByLabel)}</span>
        {s.onBehalfOfResident ? <span>{t.forResident}</span> : null}
      </CellStack>
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
      layout="cards"
    />
  );
}
