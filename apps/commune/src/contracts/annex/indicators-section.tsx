/**
 * Commitments and their indicators, by sub-domain: periodicity, source, the level observed at the
 * transfer (« Non mesuré » when it was not) and the target — or « À définir conjointement ».
 */
import { describeIndicatorTarget } from "@mutu/domain";
import { type Column, DataTable, Missing, Section } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import { type Annex, LETTERS } from "../types.ts";

const t = contractsMessages.indicators;

type Indicator = Annex["indicators"][number];

export function IndicatorsSection({ id, annex }: { id: string; annex: Annex }) {
  const engagements = new Map(annex.engagements.map((e) => [e.code, e.label]));
  const columns: Column<Indicator>[] = [
    {
      key: "indicator",
      header: t.indicator,
      rowHeader: true,
      cell: (i) => `${i.code} — ${i.label}`,
    },
    {
      key: "engagement",
      header: t.engagement,
      cell: (i) => {
        const label = engagements.get(i.engagement);
        return label ? `${i.engagement} — ${label}` : i.engagement;
      },
    },
    { key: "periodicity", header: t.periodicity, cell: (i) => i.periodicity ?? <Missing /> },
    { key: "source", header: t.source, cell: (i) => i.source ?? <Missing /> },
    {
      key: "observed",
      header: t.observed,
      cell: (i) =>
        i.observedLevel === null ? (
          <>
            <span className="badge badge-off">{t.notMeasured}</span>
            {i.observedLevelAsWritten ? (
              <span className="cell-label">
                {t.asWritten} {i.observedLevelAsWritten}
              </span>
            ) : null}
          </>
        ) : (
          <>
            {i.observedLevel}
            {i.conditions ? (
              <span className="cell-label">
                {t.conditions} {i.conditions}
              </span>
            ) : null}
          </>
        ),
    },
    {
      key: "target",
      header: t.target,
      cell: (i) =>
        i.target.kind === "to-define-jointly" ? (
          <span className="badge badge-warning">{describeIndicatorTarget(i.target)}</span>
        ) : (
          describeIndicatorTarget(i.target)
        ),
    },
  ];
  return (
    <Section id={id} title={contractsMessages.contents.indicators} lead={t.lead}>
      {LETTERS.map((letter) => {
        const rows = annex.indicators.filter((i) => i.subDomain === letter);
        if (rows.length === 0) return null;
        return (
          <DataTable
            key={letter}
            caption={t.caption(letter, annex.subDomains[letter].title)}
            columns={columns}
            rows={rows}
            rowKey={(i) => `${i.code} ${i.label}`}
          />
        );
      })}
    </Section>
  );
}
