/**
 * The report's indicators section, read through the indicators feature (`readIndicators`, the same
 * figures as its pages): every indicator of the annex in force at the end of the year, computed
 * from the saisines' delays or entered with evidence, for the year and the year before. An
 * indicator with no measure of the year is a gap to explain before validation.
 */
import {
  frenchCount,
  frenchPercent,
  type IndicatorStatus,
  type IndicatorVerdict,
  parsePeriodKey,
  type ReportFigure,
  type ReportIndicatorRow,
} from "@mutu/domain";
import type { Tx } from "@mutu/db";
import type { Caller } from "../../auth/caller.ts";
import { readIndicators } from "../indicators/list.ts";

type Indicator = Awaited<ReturnType<typeof readIndicators>>["indicators"][number];

const NOT_MEASURED: ReportFigure = { value: null, count: 0, text: "Non mesuré" };

function figureOf(indicator: Indicator): { figure: ReportFigure; status: IndicatorStatus } {
  if (indicator.delay) {
    const { count, compliance, status } = indicator.delay;
    if (count === 0) return { figure: NOT_MEASURED, status: "not-measured" };
    return {
      figure: {
        value: compliance.percent,
        count,
        text:
          compliance.percent === null
            ? `${frenchCount(count, "saisine")}, sans cible`
            : `${frenchPercent(compliance.percent)} dans le délai (${frenchCount(count, "saisine")})`,
      },
      status,
    };
  }
  const measured = indicator.measures.filter((m) => m.result.status !== "not-measured");
  const last = measured[measured.length - 1];
  if (!last)
    return {
      figure:
        indicator.measure === "untracked"
          ? { ...NOT_MEASURED, text: "Non suivi dans mutu" }
          : NOT_MEASURED,
      status: "not-measured",
    };
  const statuses = measured.map((m) => m.result.status);
  const status: IndicatorStatus = statuses.includes("missed")
    ? "missed"
    : statuses.includes("kept")
      ? "kept"
      : (statuses[0] ?? "measured");
  const periods = indicator.measures.length;
  return {
    figure: {
      value: null,
      count: measured.length,
      text:
        periods > 1
          ? `${last.result.headline} (${measured.length} période${measured.length > 1 ? "s" : ""} sur ${periods})`
          : last.result.headline,
    },
    status,
  };
}

export async function indicatorsSection(
  tx: Tx,
  caller: Caller,
  orgId: string,
  year: number,
  now: Date,
) {
  const read = async (y: number) => {
    const period = parsePeriodKey(String(y));
    if (!period) throw new Error(`année ${y}`);
    return (await readIndicators(tx, caller, orgId, period, now)).indicators;
  };
  const current = await read(year);
  // The year before may precede the contract: then nothing to compare with.
  const previous = await read(year - 1).catch(() => [] as Indicator[]);
  const rows: ReportIndicatorRow[] = current.map((indicator) => {
    const now = figureOf(indicator);
    const before = previous.find((p) => p.code === indicator.code);
    return {
      code: indicator.code,
      label: indicator.label,
      subDomain: indicator.subDomain,
      target: indicator.target,
      reference: indicator.observedLevel,
      current: now.figure,
      previous: before ? figureOf(before).figure : NOT_MEASURED,
      verdict: now.status satisfies IndicatorVerdict,
    };
  });
  return { key: "indicators" as const, rows };
}
