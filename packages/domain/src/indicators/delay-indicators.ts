/**
 * The computed indicators of a commune for one period, from the delays of its saisines (ADR 0013):
 * - which indicator measures a saisine: its handling is 3.3.1's — 4.1.1's for an incident of
 *   hosting and operations (D) when the annex has a 4.1.1; an incident's resolution is 3.3.2's —
 *   4.1.2's for a D incident when the annex has a 4.1.2; an exceptional saisine is out of the
 *   contract and in none;
 * - a saisine counts in the period of the Paris day its handling (or resolution) was reached;
 * - compliance counts the saisines within the target recorded on each of them (an amendment applies
 *   to saisines filed from its effective date), per rule of the indicator's delay target, and the
 *   rule is kept when the share within reaches the rule's rate (« 95 % en 4 heures ouvrées »),
 *   decided on integers;
 * - the contract's first year is the reference level, measured but not judged; nothing measured is
 *   « Non mesuré », never 0 %.
 */
import type { SaisineCriticality, SaisineNature } from "../contracts/saisine-kinds.ts";
import {
  type DelayRule,
  delayRuleScope,
  describeDelayRule,
  type IndicatorTarget,
} from "../contracts/indicator-targets.ts";
import { specificity } from "../saisines/due-dates.ts";
import type { ComputedIndicator } from "./catalogue.ts";
import { type DelayStatistics, delayStatistics } from "./delay-statistics.ts";

/** Which saisines a delay is about: D incidents (hosting and operations) or the others. */
export const DELAY_SCOPES = ["general", "infrastructure"] as const;
export type DelayScope = (typeof DELAY_SCOPES)[number];
export const DELAY_MEASURES = ["handling", "resolution"] as const;
export type DelayMeasure = (typeof DELAY_MEASURES)[number];

/** The scope of a saisine, as the SQL aggregates and the lists' filters compute it too. */
export function delayScopeOf(saisine: { type: string; subDomain: string }): DelayScope {
  return saisine.type === "incident" && saisine.subDomain === "D" ? "infrastructure" : "general";
}

/**
 * The saisines of one scope, nature and criticality whose delay ended in the period: how many,
 * how many had a target recorded, how many were within it.
 */
export type DelayCell = {
  measure: DelayMeasure;
  scope: DelayScope;
  nature: SaisineNature;
  criticality: SaisineCriticality;
  count: number;
  withTarget: number;
  met: number;
};

/** The indicator that measures a cell's delay, given the indicator codes the annex has. */
export function indicatorOfCell(
  cell: Pick<DelayCell, "measure" | "scope">,
  annexCodes: ReadonlySet<string>,
): ComputedIndicator {
  const infra = cell.scope === "infrastructure";
  if (cell.measure === "handling") return infra && annexCodes.has("4.1.1") ? "4.1.1" : "3.3.1";
  return infra && annexCodes.has("4.1.2") ? "4.1.2" : "3.3.2";
}

export type Share = { met: number; total: number; percent: number | null };

/** part / whole as a percent rounded half up to two decimals (2/3 → 66.67), null on nothing. */
export function shareOf(part: number, whole: number): Share {
  if (whole === 0) return { met: part, total: whole, percent: null };
  return {
    met: part,
    total: whole,
    percent: Math.floor((part * 20_000 + whole) / (2 * whole)) / 100,
  };
}

/** Whether `met` of `total` reach `percent` %, on the exact ratio (94.996 % misses 95 %). */
export function reachesShare(met: number, total: number, percent: number): boolean {
  return met * 10_000 >= Math.round(percent * 100) * total;
}

export type IndicatorStatus = "not-measured" | "reference" | "measured" | "kept" | "missed";

export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  "not-measured": "Non mesuré",
  reference: "Niveau de référence",
  measured: "Mesuré — sans cible à juger",
  kept: "Tenu",
  missed: "Non tenu",
};

export type RuleCompliance = Share & {
  /** « Urgence : 95 % en 1 heure ouvrée ». */
  description: string;
  requiredPercent: number;
  /** null while no saisine with a target was measured. */
  kept: boolean | null;
};

export type DelayIndicatorResult = {
  code: ComputedIndicator;
  count: number;
  /** Exact percentiles of the delays (nearest rank); null where they were not read or none. */
  statistics: Pick<DelayStatistics, "median" | "p90"> | null;
  /** Within the recorded target, over the saisines that had one. */
  compliance: Share;
  rules: RuleCompliance[];
  status: IndicatorStatus;
};

const describe = (rule: DelayRule) => {
  const scope = delayRuleScope(rule);
  const delay = describeDelayRule(rule);
  return scope ? `${scope[0]?.toUpperCase()}${scope.slice(1)} : ${delay}` : delay;
};

/** The most specific rule of the target for a cell, as the clock chose its target. */
function ruleOf(rules: readonly DelayRule[], cell: DelayCell): DelayRule | null {
  let best: DelayRule | null = null;
  let bestScore = -1;
  for (const rule of rules) {
    const score = specificity(rule, cell);
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

export function delayIndicatorResult(input: {
  code: ComputedIndicator;
  target: IndicatorTarget;
  /** Every cell of the period: those of other indicators are left out here. */
  cells: readonly DelayCell[];
  annexCodes: ReadonlySet<string>;
  /** The delays themselves, when read (a commune's period), for the median and the 90th percentile. */
  minutes?: readonly number[];
  reference: boolean;
}): DelayIndicatorResult {
  const cells = input.cells.filter(
    (cell) => cell.count > 0 && indicatorOfCell(cell, input.annexCodes) === input.code,
  );
  const count = cells.reduce((sum, cell) => sum + cell.count, 0);
  const compliance = shareOf(
    cells.reduce((sum, cell) => sum + cell.met, 0),
    cells.reduce((sum, cell) => sum + cell.withTarget, 0),
  );
  const rules = input.target.kind === "delay" ? input.target.rules : [];
  const perRule = rules.map((rule): RuleCompliance => {
    const mine = cells.filter((cell) => ruleOf(rules, cell) === rule);
    const share = shareOf(
      mine.reduce((sum, cell) => sum + cell.met, 0),
      mine.reduce((sum, cell) => sum + cell.withTarget, 0),
    );
    const requiredPercent = rule.compliancePercent ?? 100;
    return {
      ...share,
      description: describe(rule),
      requiredPercent,
      kept: share.total === 0 ? null : reachesShare(share.met, share.total, requiredPercent),
    };
  });
  const statistics = input.minutes ? delayStatistics([...input.minutes]) : null;
  return {
    code: input.code,
    count,
    statistics: statistics ? { median: statistics.median, p90: statistics.p90 } : null,
    compliance,
    rules: perRule,
    status: statusOf(count, input.reference, perRule),
  };
}

function statusOf(
  count: number,
  reference: boolean,
  rules: readonly Pick<RuleCompliance, "kept">[],
): IndicatorStatus {
  if (count === 0) return "not-measured";
  if (reference) return "reference";
  const judged = rules.filter((rule) => rule.kept !== null);
  if (judged.length === 0) return "measured";
  return judged.every((rule) => rule.kept) ? "kept" : "missed";
}

/** A volume beside the same period a year earlier (001/004: its change weighs in the analysis). */
export function volumeChange(current: number, previous: number) {
  return {
    current,
    previous,
    /** Rounded to one decimal; null when there was nothing the year before. */
    changePercent:
      previous === 0 ? null : Math.round(((current - previous) * 1000) / previous) / 10,
  };
}
