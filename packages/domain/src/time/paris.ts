/**
 * Calendar dates as people in France live them: 'YYYY-MM-DD' days of Europe/Paris, whatever the
 * server's zone. Day and month arithmetic works on year/month/day integers (through UTC), so the
 * host time zone never leaks in; only the conversions between a day and instants use the Paris zone.
 */
import { TZDate } from "@date-fns/tz";

export const PARIS = "Europe/Paris";

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
  if (!ymd) throw new RangeError(`Date invalide : « ${iso} » (format AAAA-MM-JJ attendu).`);
  return ymd;
}

/** True for a real calendar date written 'YYYY-MM-DD' (2023-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  return parts(value) !== null;
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

export function yearOf(iso: string): number {
  return mustParse(iso).year;
}

/** The instant a Paris calendar day begins. */
export function parisDayStart(isoDate: string): Date {
  const { year, month, day } = mustParse(isoDate);
  return new Date(new TZDate(year, month - 1, day, PARIS).getTime());
}

/** The instant the next Paris day begins (days last 23, 24 or 25 hours). */
export function parisDayEnd(isoDate: string): Date {
  return parisDayStart(addDays(isoDate, 1));
}

/** The Paris calendar date of an instant, as YYYY-MM-DD (2018-06-30T22:30Z is 1 July in Paris). */
export function parisDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Date invalide (instant non défini).");
  const paris = new TZDate(instant.getTime(), PARIS);
  return format({ year: paris.getFullYear(), month: paris.getMonth() + 1, day: paris.getDate() });
}

/** Today in Paris, as 'YYYY-MM-DD' (the default of date fields, "this year" of a report). */
export function parisToday(now: Date = new Date()): string {
  return parisDate(now);
}

/** The last day of a period whose exclusive end is `iso` (a contract in force until its end, excluded). */
export function dayBefore(iso: string): string {
  return addDays(iso, -1);
}

/**
 * The Paris wall-clock time of an instant as 'YYYY-MM-DDTHH:MM:SS' (no zone): what a spreadsheet
 * cell shows, since spreadsheets hold dates without a time zone.
 */
export function parisWallClock(instant: Date): string {
  const paris = new TZDate(instant.getTime(), PARIS);
  return `${parisDate(instant)}T${pad(paris.getHours())}:${pad(paris.getMinutes())}:${pad(paris.getSeconds())}`;
}
/** The earlier of two 'YYYY-MM-DD' days (ISO days order as text). */
export const earlierDay = (a: string, b: string) => (a < b ? a : b);

/** The later of two 'YYYY-MM-DD' days. */
export const laterDay = (a: string, b: string) => (a > b ? a : b);
