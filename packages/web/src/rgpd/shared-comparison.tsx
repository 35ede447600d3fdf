/**
 * A new version of a shared processing beside the commune's record, field by field: the record's
 * lines today, the version's, a line the version drops struck through and a line it brings
 * underlined — each also said in words for screen readers (« retiré », « ajouté »), which do not
 * announce `<del>` and `<ins>`.
 */
import { type Column, DataTable, Missing } from "@mutu/ui";
import { rgpdMessages } from "./messages.ts";
import { actionMessages } from "./action-messages.ts";
import type { ProcessingDetail } from "./types.ts";

const t = actionMessages.shared;

type Comparison = ProcessingDetail["proposals"][number]["comparison"][number];
type Line = { text: string; removed?: boolean; added?: boolean };

function Lines({ lines }: { lines: readonly Line[] }) {
  if (lines.length === 0) return <Missing label={rgpdMessages.none} />;
  return (
    <ul className="plain-list">
      {lines.map((line) => (
        <li key={line.text}>
          {line.removed ? (
            <del>
              <span className="visually-hidden">{t.removedLine} </span>
              {line.text}
            </del>
          ) : line.added ? (
            <ins>
              <span className="visually-hidden">{t.addedLine} </span>
              {line.text}
            </ins>
          ) : (
            line.text
          )}
        </li>
      ))}
    </ul>
  );
}

export function SharedComparison({
  comparison,
  fromVersion,
  toVersion,
}: {
  comparison: readonly Comparison[];
  fromVersion: number;
  toVersion: number;
}) {
  const columns: Column<Comparison>[] = [
    { key: "field", header: t.field, rowHeader: true, cell: (c) => c.label },
    {
      key: "current",
      header: t.currentSide(fromVersion),
      cell: (c) => <Lines lines={c.current} />,
    },
    {
      key: "proposed",
      header: t.proposedSide(toVersion),
      cell: (c) => <Lines lines={c.proposed} />,
    },
  ];
  return (
    <DataTable
      caption={t.comparisonCaption(toVersion, comparison.length)}
      columns={columns}
      rows={comparison}
      rowKey={(c) => c.field}
      layout="cards"
    />
  );
}
