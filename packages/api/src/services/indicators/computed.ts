/**
 * A commune's computed indicators for a period, from its monthly counts and, for percentiles, its
 * delays: 3.3.1, 3.3.2, 4.1.1, 4.1.2 as its annex has them (domain: delayIndicatorResult), the
 * first-contact resolution rate and the volume beside the same period a year earlier.
 */
import {
  type Annex,
  COMPUTED_INDICATORS,
  type ComputedIndicator,
  DELAY_SCOPES,
  type DelayIndicatorResult,
  delayIndicatorResult,
  indicatorOfCell,
  isComputedIndicator,
  volumeChange,
} from "@mutu/domain";
import type { DelayMinutes } from "./delays.ts";
import { delayCells, firstContactShare, type Stat, total } from "./stats.ts";

const MEASURE_OF: Record<ComputedIndicator, "handling" | "resolution"> = {
  "3.3.1": "handling",
  "4.1.1": "handling",
  "3.3.2": "resolution",
  "4.1.2": "resolution",
};

/** The delays an indicator's median and 90th percentile are read from. */
function minutesOf(code: ComputedIndicator, codes: ReadonlySet<string>, minutes: DelayMinutes) {
  const measure = MEASURE_OF[code];
  return DELAY_SCOPES.filter(
    (scope) => indicatorOfCell({ measure, scope }, codes) === code,
  ).flatMap((scope) => minutes.get(`${measure}|${scope}`) ?? []);
}

export type ComputedFigures = {
  delays: DelayIndicatorResult[];
  firstContact: ReturnType<typeof firstContactShare>;
  volumes: ReturnType<typeof volumeChange>;
};

export function computedFigures(input: {
  annex: Annex;
  /** The commune's counts for the period's months. */
  stats: readonly Stat[];
  /** Its counts for the same period a year earlier. */
  previous: readonly Stat[];
  minutes: DelayMinutes | null;
  reference: boolean;
}): ComputedFigures {
  const codes = new Set(input.annex.indicators.map((i) => i.code));
  const cells = delayCells(input.stats);
  const delays = input.annex.indicators
    .filter((indicator) => isComputedIndicator(indicator.code))
    .map((indicator) => {
      const code = indicator.code as ComputedIndicator;
      return delayIndicatorResult({
        code,
        target: indicator.target,
        cells,
        annexCodes: codes,
        ...(input.minutes ? { minutes: minutesOf(code, codes, input.minutes) } : {}),
        reference: input.reference,
      });
    })
    .sort((a, b) => COMPUTED_INDICATORS.indexOf(a.code) - COMPUTED_INDICATORS.indexOf(b.code));
  return {
    delays,
    firstContact: firstContactShare(input.stats),
    volumes: volumeChange(total(input.stats, "filed"), total(input.previous, "filed")),
  };
}
