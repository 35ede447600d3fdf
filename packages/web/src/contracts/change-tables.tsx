/** What changed between two versions: one table per section of the contract, before and after. */
import { type Column, DataTable, Missing } from "@mutu/ui";
import { describeValue, groupChanges, whereOf } from "./describe.ts";
import { diffMessages as t } from "./messages.ts";
import type { AnnexChange } from "./types.ts";

type Row = AnnexChange & { index: number };

const KIND_TONE = { added: "badge-ok", removed: "badge-danger", changed: "badge-info" } as const;

type Side = "before" | "after";

function Value({
  change,
  side,
  notMentioned,
}: {
  change: AnnexChange;
  side: Side;
  notMentioned?: string;
}) {
  const absent =
    (side === "before" && change.kind === "added") ||
    (side === "after" && change.kind === "removed");
  if (absent) return <Missing label={t.notApplicable} />;
  const words = describeValue(change[side], change.path, notMentioned);
  return words === null ? <Missing label={t.empty} /> : words;
}

function columnsFor(notMentioned: string | undefined): Column<Row>[] {
  return [
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
    {
      key: "before",
      header: t.before,
      cell: (c) => <Value change={c} side="before" notMentioned={notMentioned} />,
    },
    {
      key: "after",
      header: t.after,
      cell: (c) => <Value change={c} side="after" notMentioned={notMentioned} />,
    },
  ];
}

type ChangeTablesProps = {
  changes: readonly AnnexChange[];
  /** How a day of support hours the contract says nothing of reads (default « Non précisé »). */
  notMentioned?: string;
};

export function ChangeTables({ changes, notMentioned }: ChangeTablesProps) {
  // No change: the count above says so.
  if (changes.length === 0) return null;
  const columns = columnsFor(notMentioned);
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
