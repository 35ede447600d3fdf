/**
 * The columns both spaces' lists of saisines have — reference, object, kind, status, due dates —
 * worded by the space's messages; each space adds its own columns and what it shows below them.
 */
import { type Column, Link } from "@mutu/ui";
import type { ReactNode } from "react";
import { type SaisineKind, StatusBadge, saisineHref } from "./labels.tsx";
import { CellStack, type DueCellWording, DueCell, KindCell } from "./list-cells.tsx";
import type { DueState } from "./types.ts";
import type { SaisineStatus } from "@mutu/domain";

/** What a list's row holds for these columns. */
type ListRow = SaisineKind & {
  id: string;
  subDomain: string;
  reference: string;
  title: string;
  status: SaisineStatus;
  handlingDueAt: string | null;
  resolutionDueAt: string | null;
  isOpen: boolean;
  dueState: DueState;
};

export type ListColumnsWording = DueCellWording & {
  columns: Record<"reference" | "title" | "kind" | "status" | "due", string>;
};

/** Each column; a `below` stacks the space's lines under the cell's own. */
export function saisineColumns<R extends ListRow>(t: ListColumnsWording) {
  const stacked = (first: ReactNode, s: R, below?: (s: R) => ReactNode) =>
    below ? (
      <CellStack>
        {first}
        {below(s)}
      </CellStack>
    ) : (
      first
    );
  return {
    reference: (below?: (s: R) => ReactNode): Column<R> => ({
      key: "reference",
      header: t.columns.reference,
      rowHeader: true,
      cell: (s) =>
        stacked(
          <Link to={saisineHref(s.id)} className="keep-whole">
            {s.reference}
          </Link>,
          s,
          below,
        ),
    }),
    title: { key: "title", header: t.columns.title, cell: (s) => s.title } as Column<R>,
    kind: {
      key: "kind",
      header: t.columns.kind,
      cell: (s) => <KindCell saisine={s} />,
    } as Column<R>,
    status: (below?: (s: R) => ReactNode): Column<R> => ({
      key: "status",
      header: t.columns.status,
      cell: (s) => stacked(<StatusBadge status={s.status} />, s, below),
    }),
    due: {
      key: "due",
      header: t.columns.due,
      cell: (s) => <DueCell saisine={s} wording={t} />,
    } as Column<R>,
  };
}
