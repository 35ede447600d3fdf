/**
 * When the contract follow-up committee must meet (000 art. 5): « des réunions de suivi du contrat
 * mensuelles la première année puis au moins trimestrielles ». The first twelve months are
 * calendar months — the first one starting on the contract's start day — then three-month periods
 * follow, each starting the month after the previous one ends. One meeting is due per period.
 */
import { addMonths, isIsoDate } from "../time/paris.ts";

/** A Paris calendar period, `end` excluded ('YYYY-MM-DD'). */
export type MeetingPeriod = { start: string; end: string };

const FIRST_YEAR_MONTHS = 12;
const AFTERWARDS_MONTHS = 3;

/** The periods of `year` in which a follow-up meeting is due, the parts inside the year, in order. */
export function contractMeetingPeriods(contractStart: string, year: number): MeetingPeriod[] {
  if (!isIsoDate(contractStart))
    throw new RangeError(`Date de début du contrat invalide : « ${contractStart} ».`);
  if (!Number.isInteger(year)) throw new RangeError(`Année invalide : ${year}.`);
  const yearStart = `${String(year).padStart(4, "0")}-01-01`;
  const yearEnd = `${String(year + 1).padStart(4, "0")}-01-01`;
  const firstOfMonth = `${contractStart.slice(0, 7)}-01`;
  const periods: MeetingPeriod[] = [];
  let offset = 0;
  while (true) {
    const length = offset < FIRST_YEAR_MONTHS ? 1 : AFTERWARDS_MONTHS;
    const start = offset === 0 ? contractStart : addMonths(firstOfMonth, offset);
    const end = addMonths(firstOfMonth, offset + length);
    if (start >= yearEnd) break;
    const clipped = {
      start: start < yearStart ? yearStart : start,
      end: end > yearEnd ? yearEnd : end,
    };
    if (clipped.start < clipped.end) periods.push(clipped);
    offset += length;
  }
  return periods;
}
