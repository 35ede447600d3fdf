/** A simulation's result: first year and following years, the first year's lines, level-1 share. */
import { DescriptionList, Info, formatMoney, formatNumber } from "@mutu/ui";
import { LinesTable } from "@mutu/web/memberships";
import { membershipsMessages } from "./messages.ts";
import type { Simulation } from "./types.ts";

const t = membershipsMessages.simulation;

export function SimulationResult({ result }: { result: Simulation }) {
  const { contribution, level1 } = result;
  return (
    <section className="result" aria-labelledby="simulation-resultat">
      <h3 id="simulation-resultat">{t.resultTitle(result.subscriptionLabel)}</h3>
      <p>{t.forPopulation(formatNumber(result.population))}</p>
      <DescriptionList
        items={[
          {
            key: "first",
            term: t.firstYear,
            description: <span className="amount">{formatMoney(contribution.firstYearCents)}</span>,
          },
          {
            key: "following",
            term: t.followingYears,
            description: (
              <span className="amount">{formatMoney(contribution.followingYearsCents)}</span>
            ),
          },
        ]}
      />
      <LinesTable
        caption={t.caption}
        lines={contribution.lines}
        total={contribution.firstYearCents}
        totalLabel={t.total}
      />
      {contribution.needsReview ? <Info>{t.needsReview}</Info> : null}
      {level1 ? (
        <p>{t.level1(formatNumber(level1.days), formatMoney(level1.halfDayCents))}</p>
      ) : null}
    </section>
  );
}
