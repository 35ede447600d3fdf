/**
 * `indicators.list`: a commune's indicators for a period, as its annex in force on the period's
 * last day (or today, while it runs) lists them — computed from its saisines, or entered with their
 * evidence for each period of their periodicity the period covers, or not tracked in mutu — with
 * the first-contact resolution rate and the volume beside the year before. The contract's first
 * year is the reference level.
 */
import {
  type Annex,
  type AnnexIndicator,
  allowedPeriodicities,
  COMPUTED_INDICATOR_SCOPES,
  type ComputedIndicator,
  describeIndicatorTarget,
  type EnteredIndicator,
  type EntryValue,
  enteredResult,
  isReferencePeriod,
  measuredPeriods,
  measureOf,
  type Period,
  parisToday,
  parsePeriodKey,
  periodHasEnded,
  periodLabel,
  type ProjectFigures,
  type ProjectIndicator,
  projectIndicatorResult,
  referenceYear,
  samePeriodLastYear,
} from "@mutu/domain";
import type { Tx } from "@mutu/db";
import type { Caller } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { type ComputedFigures, computedFigures } from "./computed.ts";
import { communeContract, judgedOn } from "./contract.ts";
import { delayMinutes } from "./delays.ts";
import { type Entry, latestEntries } from "./entries.ts";
import { byMonth, inMonths, readStats, type Stat } from "./stats.ts";
import { projectYears } from "./projects.ts";

export function periodAsked(key: string): Period {
  const period = parsePeriodKey(key);
  if (!period)
    throw new AppError("BAD_REQUEST", "Période invalide.", { period: ["Période invalide."] });
  return period;
}

export const periodView = (period: Period, today: string) => ({
  key: period.key,
  label: periodLabel(period),
  from: period.from,
  to: period.to,
  ended: periodHasEnded(period, today),
});

function enteredMeasures(
  indicator: AnnexIndicator,
  asked: Period,
  entries: ReadonlyMap<string, Entry>,
  contractStart: string | null,
  today: string,
) {
  const code = indicator.code as EnteredIndicator;
  return measuredPeriods(asked, allowedPeriodicities(indicator)).map((period) => {
    const entry = entries.get(`${code}|${period.key}`) ?? null;
    return {
      period: periodView(period, today),
      result: enteredResult(
        code,
        (entry?.value as EntryValue | undefined) ?? null,
        indicator.target,
        isReferencePeriod(period, contractStart),
      ),
      entry,
    };
  });
}

/** 2.1.1 / 2.1.2 for each year the period asked covers, from the projects of that year. */
function projectMeasures(
  indicator: AnnexIndicator,
  asked: Period,
  projects: ReadonlyMap<string, ProjectFigures>,
  contractStart: string | null,
  today: string,
) {
  return measuredPeriods(asked, ["annual"]).map((period) => ({
    period: periodView(period, today),
    result: projectIndicatorResult(
      indicator.code as ProjectIndicator,
      projects.get(period.key) ?? null,
      indicator.target,
      isReferencePeriod(period, contractStart),
    ),
    entry: null,
  }));
}

/** Every indicator of the annex with what measures it for the period. */
export function indicatorsOf(
  annex: Annex,
  asked: Period,
  figures: ComputedFigures,
  entries: ReadonlyMap<string, Entry>,
  contractStart: string | null,
  today: string,
  projects: ReadonlyMap<string, ProjectFigures> = new Map(),
) {
  return annex.indicators.map((indicator) => {
    const measure = measureOf(indicator.code);
    return {
      code: indicator.code,
      engagement: indicator.engagement,
      label: indicator.label,
      subDomain: indicator.subDomain,
      periodicity: indicator.periodicity,
      periodicityOptions: indicator.periodicityOptions,
      source: indicator.source,
      observedLevel: indicator.observedLevel,
      target: describeIndicatorTarget(indicator.target),
      targetKind: indicator.target.kind,
      measure,
      scope:
        measure === "computed"
          ? COMPUTED_INDICATOR_SCOPES[indicator.code as ComputedIndicator]
          : null,
      delay: figures.delays.find((d) => d.code === indicator.code) ?? null,
      measures:
        measure === "entered"
          ? enteredMeasures(indicator, asked, entries, contractStart, today)
          : measure === "projects"
            ? projectMeasures(indicator, asked, projects, contractStart, today)
            : [],
    };
  });
}

/**
 * What a commune's indicators say for a period, read in the caller's transaction; `counts`, when
 * given, are the commune's counts of the period and the year before, already asked for.
 */
export async function readIndicators(
  tx: Tx,
  caller: Caller,
  orgId: string,
  asked: Period,
  now: Date,
  counts?: Promise<Stat[]>,
) {
  const today = parisToday(now);
  const day = judgedOn(asked, now);
  const lastYear = samePeriodLastYear(asked);
  const [contract, stats, minutes, entries] = await Promise.all([
    communeContract(tx, caller, orgId, day, now),
    counts ?? readStats(tx, [orgId], asked),
    delayMinutes(tx, orgId, asked),
    // Entries of every period an indicator could show: the year around the period asked.
    latestEntries(tx, orgId, `${asked.from.slice(0, 4)}-01-01`, asked.to),
  ]);
  const reference = isReferencePeriod(asked, contract.contractStart);
  const projects = contract.annex.indicators.some((i) => measureOf(i.code) === "projects")
    ? await projectYears(tx, orgId, measuredPeriods(asked, ["annual"]), today)
    : new Map<string, ProjectFigures>();
  const ofMonth = byMonth(stats);
  const figures = computedFigures({
    annex: contract.annex,
    stats: inMonths(ofMonth, asked.from, asked.to),
    previous: inMonths(ofMonth, lastYear.from, lastYear.to),
    minutes,
    reference,
  });
  return {
    orgId,
    orgName: contract.orgName,
    period: periodView(asked, today),
    judgedOn: day,
    annexVersionId: contract.versionId,
    reference,
    referenceYear: contract.contractStart ? referenceYear(contract.contractStart) : null,
    firstContact: figures.firstContact,
    volumes: figures.volumes,
    indicators: indicatorsOf(
      contract.annex,
      asked,
      figures,
      entries,
      contract.contractStart,
      today,
      projects,
    ),
    figures,
    stats,
  };
}

export async function listIndicators(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; period: string },
) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const asked = periodAsked(input.period);
  return inTenant(ctx, async (tx) => {
    const {
      figures: _f,
      stats: _s,
      ...read
    } = await readIndicators(tx, ctx.caller, orgId, asked, ctx.now());
    return read;
  });
}
