/**
 * French public holidays (metropolitan France, from date-holidays), as epoch days.
 * Only `type === "public"` counts: Pentecost Sunday or Mother's Day are mere observances there.
 * No Alsace-Moselle extras (Good Friday, 26 December): the contracts are for Gironde and Brittany.
 * Lundi de Pentecôte is kept, as date-holidays lists it, although the "journée de solidarité" is
 * worked in some town halls: such a commune needs a per-calendar exception, not modelled yet.
 */
import Holidays from "date-holidays";
import { DAY_MS, dayFromIsoDate, yearOfDay } from "./time-zone.ts";

let france: Holidays | undefined;
// Computing a year costs milliseconds in date-holidays; the answer never changes.
const publicDaysByYear = new Map<number, ReadonlySet<number>>();

function publicDaysOf(year: number): ReadonlySet<number> {
  let days = publicDaysByYear.get(year);
  if (!days) {
    france ??= new Holidays("FR");
    days = new Set(
      france
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        // "YYYY-MM-DD hh:mm:ss": the date part is the French civil date.
        .map((holiday) => dayFromIsoDate(holiday.date.slice(0, 10))),
    );
    publicDaysByYear.set(year, days);
  }
  return days;
}

export function isFrenchPublicHoliday(day: number): boolean {
  return publicDaysOf(yearOfDay(day)).has(day);
}

/** ISO dates of the year's French public holidays, for display and tests. */
export function frenchPublicHolidays(year: number): string[] {
  return [...publicDaysOf(year)]
    .sort((a, b) => a - b)
    .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
}

/** Monday to Friday and not a French public holiday ('YYYY-MM-DD', a civil date). */
export function isFrenchWorkingDay(isoDate: string): boolean {
  const day = dayFromIsoDate(isoDate);
  // Epoch day 0 (1 January 1970) was a Thursday.
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6 && !isFrenchPublicHoliday(day);
}
