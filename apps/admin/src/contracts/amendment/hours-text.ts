/**
 * Hours and dates as people type them in the amendment editor: a day's intervals
 * (« 08:30-12:00, 13:00-17:00 », « fermé », empty when the contract says nothing) and a list of
 * dates (« 18/01/2027, 15/02/2027 »).
 */
import { contractsMessages } from "../messages.ts";
import { type Annex, WEEKDAYS, type Weekday } from "../types.ts";

const t = contractsMessages.amendment;

export type Interval = [string, string];
export function dayText(intervals: Interval[] | null): string {
  if (intervals === null) return "";
  if (intervals.length === 0) return t.closedWord;
  return intervals.map(([from, to]) => `${from}-${to}`).join(", ");
}

const INTERVAL = /^(\d{1,2})[:h](\d{2})\s*[-–à]\s*(\d{1,2})[:h](\d{2})$/;
const clock = (h: string, m: string) => `${h.padStart(2, "0")}:${m}`;

/** « 8h30-12:00, 13:00-17:00 » → intervals; null when the day is not mentioned; undefined when unreadable. */
export function parseDay(text: string): Interval[] | null | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "") return null;
  if (trimmed === t.closedWord || trimmed === "ferme") return [];
  const intervals: Interval[] = [];
  for (const part of trimmed.split(/[,;]/)) {
    const match = INTERVAL.exec(part.trim());
    if (!match) return undefined;
    const [, h1 = "", m1 = "", h2 = "", m2 = ""] = match;
    intervals.push([clock(h1, m1), clock(h2, m2)]);
  }
  return intervals;
}

type Week = NonNullable<Annex["supportHours"]["parsed"]>;

/** Each day's text of a week (all empty when the contract has none). */
export function weekText(week: Week | null): Record<Weekday, string> {
  return Object.fromEntries(
    WEEKDAYS.map((day) => [day, dayText(week ? (week[day] as Interval[] | null) : null)]),
  ) as Record<Weekday, string>;
}

/**
 * The week typed day by day; `bad` lists the days that could not be read. null when no day is
 * mentioned at all.
 */
export function readWeek(days: Record<Weekday, string>) {
  const bad: Weekday[] = [];
  const week = Object.fromEntries(
    WEEKDAYS.map((day) => {
      const intervals = parseDay(days[day]);
      if (intervals === undefined) bad.push(day);
      return [day, intervals ?? null];
    }),
  ) as Record<Weekday, Interval[] | null>;
  return { week: WEEKDAYS.every((day) => week[day] === null) ? null : week, bad };
}

const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** « 18/01/2027, 2027-02-15 » → ISO dates; undefined when one of them cannot be read. */
export function parseDates(text: string): string[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const dates: string[] = [];
  for (const part of parts) {
    if (ISO_DATE.test(part)) {
      dates.push(part);
      continue;
    }
    const match = FRENCH_DATE.exec(part);
    if (!match) return undefined;
    const [, day = "", month = "", year = ""] = match;
    dates.push(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`);
  }
  return dates;
}

/** ISO dates as « 18/01/2027, 15/02/2027 ». */
export function datesText(dates: readonly string[]): string {
  return dates.map((date) => date.split("-").reverse().join("/")).join(", ");
}
