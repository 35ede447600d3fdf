/** The bodies that follow the contract, and how often they meet. */
import { type Column, DataTable, Missing, Section } from "@mutu/ui";
import { annexMessages as contractsMessages } from "../annex-messages.ts";
import type { Annex } from "../types.ts";

const t = contractsMessages.governance;

type Body = Annex["governance"][number];

const columns: Column<Body>[] = [
  { key: "body", header: t.body, rowHeader: true, cell: (b) => b.body },
  { key: "frequency", header: t.frequency, cell: (b) => b.frequency ?? <Missing /> },
  { key: "note", header: t.note, cell: (b) => b.note ?? <Missing /> },
];

export function GovernanceSection({ id, annex }: { id: string; annex: Annex }) {
  return (
    <Section id={id} title={contractsMessages.contents.governance}>
      <DataTable
        caption={t.caption}
        columns={columns}
        rows={annex.governance}
        rowKey={(b) => b.body}
        empty={t.none}
      />
    </Section>
  );
}
