/**
 * The figures of the report from the saisines' measured delays: which indicator of the contract
 * each delay counts for (the one whose target its clock ran on, `targetsForSaisine`), the share
 * within the target recorded on each saisine, and whether each rule of the indicator was kept
 * (« 95 % en 4 heures ouvrées » is kept when 95 % of its saisines were within their delay, decided
 * on integers). Nothing measured is « Non mesuré », never 0 %.
 */
import type { AnnexIndicator, SubDomainLetter } from "../contracts/annex.ts";
import { describeIndicatorTarget, slaTargetsOfAnnex } from "../contracts/indicator-targets.ts";
import type { SaisineCriticality, SaisineNature } from "../contracts/saisine-kinds.ts";
import { delayStatistics } from "../indicators/delay-statistics.ts";
import { targetsForSaisine } from "../saisines/due-dates.ts";
import type { SaisineType } from "../saisines/vocabulary.ts";
import type { SlaTarget } from "../sla/targets.ts";
import type {
  IndicatorVerdict,
  ReportDelayRow,
  ReportFigure,
  ReportIndicatorRow,
} from "./content.ts";
import { frenchCount, frenchPercent } from "./typography.ts";

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

/** met / total reaches `percent` %, on the exact ratio (94.996 % misses 95 %). */
export const reachesPercent = (met: number, total: number, percent: number) =>
  met * 10_000 >= Math.round(percent * 100) * total;

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

function figureOf(tallies: readonly Tally[]): ReportFigure {
  const total = tallies.reduce((n, t) => n + t.total, 0);
  const withTarget = tallies.reduce((n, t) => n + t.withTarget, 0);
  const met = tallies.reduce((n, t) => n + t.met, 0);
  if (total === 0) return { value: null, count: 0, text: "Non mesuré" };
  const percent = percentOf(met, withTarget);
  return {
    value: percent,
    count: total,
    text:
      percent === null
        ? `${frenchCount(total, "saisine")}, sans cible`
        : `${frenchPercent(percent)} dans le délai (${frenchCount(total, "saisine")})`,
  };
}

/** The indicator rows of the contract's annex, for `year` against the year before. */
export function indicatorRows(
  indicators: readonly AnnexIndicator[],
  samples: readonly DelaySample[],
  year: number,
): ReportIndicatorRow[] {
  const targets = slaTargetsOfAnnex({ indicators });
  // Each sample counts for the indicator and rule its clock ran on.
  const byIndicator = new Map<string, { year: number; rule: SlaTarget; tally: Tally }[]>();
  for (const sample of samples) {
    const rule = targetsForSaisine(targets, sample)[sample.measure];
    if (!rule) continue;
    const list = byIndicator.get(rule.indicator) ?? [];
    list.push({ year: sample.year, rule, tally: tally(sample) });
    byIndicator.set(rule.indicator, list);
  }
  return indicators.map((indicator) => {
    const measured = byIndicator.get(indicator.code) ?? [];
    const of = (y: number) => measured.filter((m) => m.year === y);
    const current = figureOf(of(year).map((m) => m.tally));
    return {
      code: indicator.code,
      label: indicator.label,
      subDomain: indicator.subDomain,
      target: describeIndicatorTarget(indicator.target),
      reference: indicator.observedLevel,
      current,
      previous: figureOf(of(year - 1).map((m) => m.tally)),
      verdict: verdictOf(of(year), current),
    };
  });
}

function verdictOf(
  measured: readonly { rule: SlaTarget; tally: Tally }[],
  figure: ReportFigure,
): IndicatorVerdict {
  if (figure.count === 0) return "not-measured";
  const rules = new Map<SlaTarget, Tally>();
  for (const { rule, tally: t } of measured) {
    const sum = rules.get(rule) ?? { total: 0, withTarget: 0, met: 0 };
    rules.set(rule, {
      total: sum.total + t.total,
      withTarget: sum.withTarget + t.withTarget,
      met: sum.met + t.met,
    });
  }
  const judged = [...rules].filter(([, t]) => t.withTarget > 0);
  if (judged.length === 0) return "measured";
  return judged.every(([rule, t]) =>
    reachesPercent(t.met, t.withTarget, rule.compliancePercent ?? 100),
  )
    ? "kept"
    : "missed";
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
