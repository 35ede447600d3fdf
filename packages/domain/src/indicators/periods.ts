/**
 * The periods an indicator is measured over (« Mensuelle », « Trimestrielle », « Annuelle » in the
 * annex), as calendar days of Europe/Paris: a period runs from its first day, included, to the first
 * day of the next, excluded. Written keys travel in URLs and the API: « 2026 », « 2026-T2 »,
 * « 2026-05 ». A saisine counts in the period of the Paris day its delay ended (ADR 0013).
 */
import { isHandledYear } from "../time/years.ts";
import { z } from "zod";
import { PERIODICITIES } from "../contracts/annex.ts";
import { FRENCH_MONTHS } from "../time/french-dates.ts";
import { addDays, addMonths, parisDayStart } from "../time/paris.ts";

/** Monthly, quarterly, annual: the periodicities an annex gives its indicators. */
export { PERIODICITIES };
export type Periodicity = (typeof PERIODICITIES)[number];

export type Period = {
  periodicity: Periodicity;
  /** « 2026 », « 2026-T2 », « 2026-05 ». */
  key: string;
  /** First day, 'YYYY-MM-DD'. */
  from: string;
  /** First day of the next period (excluded). */
  to: string;
};

const MONTHS_PER: Record<Periodicity, number> = { monthly: 1, quarterly: 3, annual: 12 };

const pad = (n: number) => String(n).padStart(2, "0");

function build(periodicity: Periodicity, year: number, index: number): Period {
  const months = MONTHS_PER[periodicity];
  const from = `${year}-${pad((index - 1) * months + 1)}-01`;
  const key =
    periodicity === "annual"
      ? String(year)
      : periodicity === "quarterly"
        ? `${year}-T${index}`
        : `${year}-${pad(index)}`;
  return { periodicity, key, from, to: addMonths(from, months) };
}

/** The period of `periodicity` a Paris day belongs to. */
export function periodOf(periodicity: Periodicity, day: string): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return build(periodicity, year, Math.floor((month - 1) / MONTHS_PER[periodicity]) + 1);
}

const KEY = /^(\d{4})(?:-(T[1-4]|0[1-9]|1[0-2]))?$/;

/** The period a key names, or null for anything else (« 2026-13 », « 2026-T5 »). */
export function parsePeriodKey(key: string): Period | null {
  const match = KEY.exec(key.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (!isHandledYear(year)) return null;
  const part = match[2];
  if (!part) return build("annual", year, 1);
  if (part.startsWith("T")) return build("quarterly", year, Number(part.slice(1)));
  return build("monthly", year, Number(part));
}

/** A period key as the API reads it, in French when it is not one. */
export const periodKeySchema = z
  .string({ error: "Période attendue (ex. 2026, 2026-T2 ou 2026-05)." })
  .refine((key) => parsePeriodKey(key) !== null, {
    error: "Période invalide : une année (2026), un trimestre (2026-T2) ou un mois (2026-05).",
  });

/** The periods of a year, in order (12 months, 4 quarters or the year). */
export function periodsOfYear(periodicity: Periodicity, year: number): Period[] {
  const count = 12 / MONTHS_PER[periodicity];
  return Array.from({ length: count }, (_, i) => build(periodicity, year, i + 1));
}

/** The same period a year earlier: what a volume is compared with. */
export function samePeriodLastYear(period: Period): Period {
  return periodOf(period.periodicity, addMonths(period.from, -12));
}

/** The period just before. */
export function previousPeriod(period: Period): Period {
  return periodOf(period.periodicity, addDays(period.from, -1));
}

/** The months a period covers, as their first days. */
export function monthsOf(period: Pick<Period, "from" | "to">): string[] {
  const months: string[] = [];
  for (let month = period.from; month < period.to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** Ended once its last day is over in Paris: a measure of it can be taken from `to` on. */
export function periodHasEnded(period: Pick<Period, "to">, today: string): boolean {
  return today >= period.to;
}

/** The instants a period spans: [start, end). */
export function periodInstants(period: Pick<Period, "from" | "to">): { start: Date; end: Date } {
  return { start: parisDayStart(period.from), end: parisDayStart(period.to) };
}

/** « 2026 », « 2e trimestre 2026 », « mai 2026 ». */
export function periodLabel(period: Pick<Period, "periodicity" | "from">): string {
  const year = period.from.slice(0, 4);
  const month = Number(period.from.slice(5, 7));
  if (period.periodicity === "annual") return year;
  if (period.periodicity === "quarterly") {
    const quarter = Math.floor((month - 1) / 3) + 1;
    return `${quarter === 1 ? "1er" : `${quarter}e`} trimestre ${year}`;
  }
  return `${FRENCH_MONTHS[month - 1]} ${year}`;
}

export const PERIODICITY_LABELS: Record<Periodicity, string> = {
  monthly: "Mensuelle",
  quarterly: "Trimestrielle",
  annual: "Annuelle",
};

const ORDER: readonly Periodicity[] = ["monthly", "quarterly", "annual"];

/**
 * The periods an indicator measured `allowed`-ly shows for the period asked: that period when its
 * periodicity is one of the indicator's; else the enclosing one of the next coarser periodicity
 * (a month asked, a quarterly indicator: its quarter); else, when every allowed periodicity is
 * finer, each period of the coarsest of them inside it (a year asked: its four quarters).
 */
export function measuredPeriods(asked: Period, allowed: readonly Periodicity[]): Period[] {
  if (allowed.length === 0 || allowed.includes(asked.periodicity)) return [asked];
  const rank = ORDER.indexOf(asked.periodicity);
  const coarser = ORDER.filter((p, i) => i > rank && allowed.includes(p));
  const enclosing = coarser[0];
  if (enclosing) return [periodOf(enclosing, asked.from)];
  const finer = ORDER.filter((p) => allowed.includes(p));
  const coarsest = finer[finer.length - 1] ?? "annual";
  const periods: Period[] = [];
  for (let p = periodOf(coarsest, asked.from); p.from < asked.to; p = periodOf(coarsest, p.to))
    periods.push(p);
  return periods;
}
