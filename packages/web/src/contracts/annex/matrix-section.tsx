/**
 * Who to contact for what: the saisine matrix, one row per nature (ordinaire, urgence,
 * exceptionnelle), one column per sub-domain; each cell names the commune's function that asks and
 * the service commun's function that answers.
 */
import { type Column, DataTable, Section } from "@mutu/ui";
import { annexMessages as contractsMessages } from "../annex-messages.ts";
import { type Annex, LETTERS, NATURES } from "../types.ts";

const t = contractsMessages.matrix;

type Nature = (typeof NATURES)[number];
type Cell = Annex["saisineMatrix"][Nature]["A"];

function CellView({ cell }: { cell: Cell }) {
  return (
    <dl className="cell-pairs">
      <dt>{t.commune}</dt>
      <dd>{cell.communeFunction ?? t.empty}</dd>
      <dt>{t.shared}</dt>
      <dd>{cell.sharedServiceFunction ?? t.empty}</dd>
      {cell.note ? (
        <>
          <dt>{t.note}</dt>
          <dd>{cell.note}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function MatrixSection({ id, annex }: { id: string; annex: Annex }) {
  const columns: Column<Nature>[] = [
    { key: "nature", header: t.nature, rowHeader: true, cell: (nature) => t.natures[nature] },
    ...LETTERS.map(
      (letter): Column<Nature> => ({
        key: letter,
        header: (
          <span className="header-wrap">{t.column(letter, annex.subDomains[letter].title)}</span>
        ),
        cell: (nature) => <CellView cell={annex.saisineMatrix[nature][letter]} />,
      }),
    ),
  ];
  return (
    <Section id={id} title={contractsMessages.contents.matrix} lead={t.lead}>
      <DataTable caption={t.caption} columns={columns} rows={NATURES} rowKey={(n) => n} />
    </Section>
  );
}
