/** The commune's saisines as a table: reference, object, kind, status, who holds it, due dates. */
import { type Column, DataTable, DateTime } from "@mutu/ui";
import { CellStack, RoutingLines, saisineColumns } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import type { SaisineListItem } from "./types.ts";

const t = saisinesMessages;
const c = saisineColumns<SaisineListItem>(t);

function holder(s: SaisineListItem) {
  return (
    <CellStack>
      <RoutingLines saisine={s} wording={t} />
      {s.assigneeLabel ? <span className="muted">{t.assignedTo(s.assigneeLabel)}</span> : null}
    </CellStack>
  );
}

const columns: Column<SaisineListItem>[] = [
  c.reference(),
  c.title,
  c.kind,
  c.status(),
  { key: "holder", header: t.columns.holder, cell: holder },
  c.due,
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
    <DataTable caption={caption} columns={columns} rows={rows} empty={t.empty} layout="cards" />
  );
}
