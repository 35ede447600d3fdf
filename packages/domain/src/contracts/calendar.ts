/**
 * Calendar dates of contracts ('YYYY-MM-DD', Europe/Paris). Contract rules count whole days and
 * months, never instants, so the arithmetic here works on year/month/day integers (through UTC)
 * and never reads the host time zone.
 */
import { TZDate } from "@date-fns/tz";
import { z } from "zod";

export const CONTRACT_TIME_ZONE = "Europe/Paris";

/**
 * Zod's French wording for the checks our schemas do not word themselves, passed per parse so
 * this module never changes the global zod configuration other packages rely on.
 */
export const FRENCH_ERRORS = z.locales.fr().localeError;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Ymd = { year: number; month: number; day: number };

function parts(iso: string): Ymd | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function format({ year, month, day }: Ymd): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps the host zone out.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function mustParse(iso: string): Ymd {
  const ymd = parts(iso);
  if (!ymd) throw new RangeError(`Date invalide : « ${iso} » (format AAAA-MM-JJ attendu).`);
  return ymd;
}

/** True for a real calendar date written 'YYYY-MM-DD' (2023-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  return parts(value) !== null;
}

export const isoDateSchema = z
  .string({ error: "Date attendue au format AAAA-MM-JJ." })
  .refine(isIsoDate, { message: "Date invalide : format AAAA-MM-JJ attendu (ex. 2018-07-01)." });

/**
 * The Europe/Paris calendar date of an instant, or the date itself when given as 'YYYY-MM-DD'.
 * A Date at 2018-06-30T22:30Z is already 1 July in Paris: contracts follow the Paris calendar.
 */
export function toParisCalendarDate(input: string | Date): string {
  if (typeof input === "string") {
    mustParse(input);
    return input;
  }
  if (Number.isNaN(input.getTime())) throw new RangeError("Date invalide (instant non défini).");
  const paris = new TZDate(input.getTime(), CONTRACT_TIME_ZONE);
  return format({ year: paris.getFullYear(), month: paris.getMonth() + 1, day: paris.getDate() });
}

/**
 * Adds calendar months; a day missing from the target month becomes its last day (31 Aug + 6
 * months → 28/29 Feb). This is how French law counts months (CPC art. 641, EU reg. 1182/71).
 */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = mustParse(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

export function addDays(iso: string, days: number): string {
  const { year, month, day } = mustParse(iso);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return format({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

export function yearOf(iso: string): number {
  return mustParse(iso).year;
}

/** Validates then returns the date, so callers fail early with a French message. */
export function assertIsoDate(iso: string, what: string): string {
  if (!isIsoDate(iso)) {
    throw new RangeError(`${what} invalide : « ${iso} » (format AAAA-MM-JJ attendu).`);
  }
  return iso;
}
