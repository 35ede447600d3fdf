/**
 * The lists an indicator's counts open: the saisines whose delay the indicator measured in the
 * period (the handling for 3.3.1 and 4.1.1, the resolution of incidents for 3.3.2 and 4.1.2), of
 * the scopes the indicator covers given the annex's codes (domain: indicatorOfCell).
 */
import {
  type ComputedIndicator,
  DELAY_SCOPES,
  type DelayMeasure,
  type DelayOutcome,
  indicatorOfCell,
  isComputedIndicator,
} from "@mutu/domain";
import type { DrillDown } from "../saisines/drill-down.tsx";

const MEASURE: Record<ComputedIndicator, DelayMeasure> = {
  "3.3.1": "handling",
  "4.1.1": "handling",
  "3.3.2": "resolution",
  "4.1.2": "resolution",
};

/** The drill-down of a delay indicator's saisines in a period (all, within or beyond target). */
export function delayDrillDown(
  code: string,
  annexCodes: ReadonlySet<string>,
  periodKey: string,
  outcome?: DelayOutcome,
): DrillDown | null {
  if (!isComputedIndicator(code)) return null;
  const measure = MEASURE[code];
  const scopes = DELAY_SCOPES.filter(
    (scope) => indicatorOfCell({ measure, scope }, annexCodes) === code,
  );
  const scope = scopes.length === 1 ? scopes[0] : undefined;
  return {
    status: "toutes",
    period: { on: measure === "handling" ? "handled" : "resolved", key: periodKey },
    delay: { measure, ...(scope ? { scope } : {}), ...(outcome ? { outcome } : {}) },
  };
}
