/**
 * Indicators 2.1.1 and 2.1.2 for a period, from what the projects feature computes for its year
 * (`projectLoad`, `projectDeliveryRate`): the days logged on projects, the projects of the plan
 * delivered. Judged as an entered measure of the same shape would be (one rule, enteredResult);
 * a year with no project planned leaves 2.1.2 unmeasured, never 0 %.
 */
import type { IndicatorTarget } from "../contracts/indicator-targets.ts";
import type { ProjectIndicator } from "./catalogue.ts";
import { type EnteredResult, enteredResult } from "./entered-indicators.ts";

export type ProjectFigures = {
  /** Person-days logged on projects in the year (half days → .5). */
  loggedDays: number;
  planned: number;
  delivered: number;
};

export function projectIndicatorResult(
  code: ProjectIndicator,
  figures: ProjectFigures | null,
  target: IndicatorTarget,
  reference: boolean,
): EnteredResult {
  if (code === "2.1.1")
    return enteredResult(code, figures && { projectDays: figures.loggedDays }, target, reference);
  return enteredResult(
    code,
    figures?.planned ? { delivered: figures.delivered, planned: figures.planned } : null,
    target,
    reference,
  );
}
