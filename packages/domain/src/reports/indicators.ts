/**
 * The delays table of the report's saisines section: for each milestone, nature and criticality,
 * how many saisines, the median and 90th percentile of their delays (nearest rank), and the share
 * within the target recorded on each. Whether the contract's indicators were kept is the indicators
 * feature's to say (`delayIndicatorResult`); this table only breaks the delays down.
 */
import type { SubDomainLetter } from "../contracts/annex.ts";
import type { SaisineCriticality, SaisineNature } from "../contracts/saisine-kinds.ts";
import { delayStatistics } from "../indicators/delay-statistics.ts";
import type { SaisineType } from "../saisines/vocabulary.ts";
import type { ReportDelayRow } from "./content.ts";

/** The delays of the saisines of one kind that reached a milestone in a year. */
export type DelaySample = {
  year: number;
  measure: "handling" | "resolution";
  type: SaisineType;
  subDomain: SubDomainLetter;
  nature: SaisineNature;
  criticality: SaisineCriticality;
  /** Business minutes each took, and the target recorded on each (null: none agreed). */
  minutes: readonly number[];
  targets: readonly (number | null)[];
};

type Tally = { total: number; withTarget: number; met: number };

const percentOf = (met: number, total: number) =>
  total === 0 ? null : Math.floor((met * 20_000 + total) / (2 * total)) / 100;

function tally(sample: DelaySample): Tally {
  let withTarget = 0;
  let met = 0;
  sample.minutes.forEach((minutes, i) => {
    const target = sample.targets[i];
    if (target === null || target === undefined) return;
    withTarget++;
    if (minutes <= target) met++;
  });
  return { total: sample.minutes.length, withTarget, met };
}

/** The delays of the year by milestone, nature and criticality: count, median, p90, within target. */
export function delayRows(samples: readonly DelaySample[], year: number): ReportDelayRow[] {
  const groups = new Map<string, DelaySample[]>();
  for (const s of samples) {
    if (s.year !== year) continue;
    const key = `${s.measure}|${s.nature}|${s.criticality}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const order = (r: ReportDelayRow) =>
    `${r.measure === "handling" ? 0 : 1}|${r.nature}|${r.criticality}`;
  return [...groups.values()]
    .map((group) => {
      const first = group[0] as DelaySample;
      const stats = delayStatistics(group.flatMap((s) => [...s.minutes]));
      const t = group.map(tally).reduce(
        (a, b) => ({
          total: a.total + b.total,
          withTarget: a.withTarget + b.withTarget,
          met: a.met + b.met,
        }),
        { total: 0, withTarget: 0, met: 0 },
      );
      return {
        measure: first.measure,
        nature: first.nature,
        criticality: first.criticality,
        count: stats.count,
        median: stats.median,
        p90: stats.p90,
        withTarget: t.withTarget,
        met: t.met,
        percent: percentOf(t.met, t.withTarget),
      };
    })
    .sort((a, b) => order(a).localeCompare(order(b)));
}
