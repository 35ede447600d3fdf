/** What changed between two versions: one table per section of the contract, before and after. */
import { type Column, DataTable, Missing } from "@mutu/ui";
import { messages } from "../../messages.ts";
import type { AnnexChange } from "../types.ts";
import { describeValue, groupChanges, whereOf } from "./describe.ts";

const t = messages.contracts.diff;

type Row = AnnexChange & { index: number };

const KIND_TONE = { added: "badge-ok", removed: "badge-danger", changed: "badge-info" } as const;

function Value({ change, side }: { change: AnnexChange; side: "before" | "after" }) {
  const absent =
    (side === "before" && change.kind === "added") ||
    (side === "after" && change.kind === "removed");
  if (absent) return <Missing label={t.notApplicable} />;
  const words = describeValue(change[side], change.path);
  return words === null ? <Missing label={t.empty} /> : words;
}

const columns: Column<Row>[] = [
  {
    key: "change",
    header: t.change,
    rowHeader: true,
    cell: (c) => {
      const where = whereOf(c.path);
      return (
        <>
          {c.label}
          {where ? <span className="cell-label">{where}</span> : null}
        </>
      );
    },
  },
  {
    key: "kind",
    header: t.kind,
    cell: (c) => <span className={`badge ${KIND_TONE[c.kind]}`}>{t.kinds[c.kind]}</span>,
  },
  { key: "before", header: t.before, cell: (c) => <Value change={c} side="before" /> },
  { key: "after", header: t.after, cell: (c) => <Value change={c} side="after" /> },
];

export function ChangeTables({ changes }: { changes: readonly AnnexChange[] }) {
  // No change: the count above says so.
  if (changes.length === 0) return null;
  const rows = changes.map((change, index) => ({ ...change, index }));
  return (
    <>
      {groupChanges(rows).map((group) => (
        <DataTable
          key={group.key}
          caption={t.groupCaption(group.title, group.changes.length)}
          columns={columns}
          rows={group.changes}
          rowKey={(c) => String(c.index)}
        />
      ))}
    </>
  );
}
