/**
 * When the contract follow-up committee must meet (000 art. 5): « des réunions de suivi du contrat
 * mensuelles la première année puis au moins trimestrielles ». The first twelve months are
 * calendar months — the first one starting on the contract's start day — then three-month periods
 * follow, each starting the month after the previous one ends. One meeting is due per period.
 */
import { addMonths, earlierDay, isIsoDate, laterDay } from "../time/paris.ts";

/** A Paris calendar period, `end` excluded ('YYYY-MM-DD'). */
export type MeetingPeriod = { start: string; end: string };

const FIRST_YEAR_MONTHS = 12;
const AFTERWARDS_MONTHS = 3;

function assertStart(contractStart: string) {
  if (!isIsoDate(contractStart))
    throw new RangeError(`Date de début du contrat invalide : « ${contractStart} ».`);
}

/**
 * The whole follow-up periods (not clipped) that overlap `[from, to)`, in order: a quarter from
 * November to January is one period, whichever year it is looked at from.
 */
export function followUpPeriods(contractStart: string, from: string, to: string): MeetingPeriod[] {
  assertStart(contractStart);
  const firstOfMonth = `${contractStart.slice(0, 7)}-01`;
  const periods: MeetingPeriod[] = [];
  let offset = 0;
  while (true) {
    const length = offset < FIRST_YEAR_MONTHS ? 1 : AFTERWARDS_MONTHS;
    const start = offset === 0 ? contractStart : addMonths(firstOfMonth, offset);
    const end = addMonths(firstOfMonth, offset + length);
    if (start >= to) break;
    if (end > from) periods.push({ start, end });
    offset += length;
  }
  return periods;
}

const yearBounds = (year: number) => ({
  start: `${String(year).padStart(4, "0")}-01-01`,
  end: `${String(year + 1).padStart(4, "0")}-01-01`,
});

/** The periods of `year` in which a follow-up meeting is due, the parts inside the year, in order. */
export function contractMeetingPeriods(contractStart: string, year: number): MeetingPeriod[] {
  assertStart(contractStart);
  if (!Number.isInteger(year)) throw new RangeError(`Année invalide : ${year}.`);
  const bounds = yearBounds(year);
  return followUpPeriods(contractStart, bounds.start, bounds.end).map((p) => ({
    start: laterDay(p.start, bounds.start),
    end: earlierDay(p.end, bounds.end),
  }));
}

export { yearBounds };
