/** The application inventory annexed to the contract, with who is responsible for each one. */
import { type Column, DataTable, Missing, Section, formatNumber } from "@mutu/ui";
import { annexMessages as contractsMessages } from "../annex-messages.ts";
import type { Annex } from "../types.ts";

const t = contractsMessages.applications;

type Application = NonNullable<Annex["applications"]>[number];

const columns: Column<Application>[] = [
  { key: "name", header: t.name, rowHeader: true, cell: (a) => a.name },
  { key: "vendor", header: t.vendor, cell: (a) => a.vendor ?? <Missing /> },
  { key: "description", header: t.description, cell: (a) => a.description ?? <Missing /> },
  {
    key: "responsibility",
    header: t.responsibility,
    cell: (a) => t.responsibilities[a.responsibility],
  },
  { key: "note", header: t.note, cell: (a) => a.note ?? <Missing /> },
];

export function ApplicationsSection({ id, annex }: { id: string; annex: Annex }) {
  const apps = annex.applications;
  return (
    <Section id={id} title={contractsMessages.contents.applications}>
      {apps === null ? (
        <p className="muted">{t.none}</p>
      ) : (
        <DataTable
          caption={t.caption(formatNumber(apps.length))}
          columns={columns}
          rows={apps}
          rowKey={(a) => `${a.name} ${a.vendor ?? ""} ${a.description ?? ""}`}
          empty={t.empty}
          layout="cards"
        />
      )}
    </Section>
  );
}
