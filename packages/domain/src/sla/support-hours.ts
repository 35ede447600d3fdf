/**
 * The contract's support hours (annex "heures d'ouverture de l'assistance") as parsed from the
 * deliberations, turned into the calendar SLA clocks run on: Europe/Paris, French holidays.
 */
import { z } from "zod";
import { type Calendar, calendarSchema, WEEKDAY_KEYS, type WeeklyHours } from "./calendar.ts";

// A day the contract does not mention is null: closed, since nobody promised support then.
const statedDaySchema = z
  .array(z.tuple([z.string(), z.string()]))
  .nullable()
  .optional();

export const supportHoursSchema = z.strictObject({
  mon: statedDaySchema,
  tue: statedDaySchema,
  wed: statedDaySchema,
  thu: statedDaySchema,
  fri: statedDaySchema,
  sat: statedDaySchema,
  sun: statedDaySchema,
});

export type SupportHours = z.infer<typeof supportHoursSchema>;

/**
 * Throws (French message) when the hours are not a valid calendar, e.g. overlapping intervals.
 * Contracts whose hours could not be parsed (parsed: null) have no calendar: callers keep that
 * state visible rather than invent hours.
 */
export function calendarFromSupportHours(parsed: SupportHours): Calendar {
  const weekly: WeeklyHours = {};
  for (const day of WEEKDAY_KEYS) {
    const intervals = parsed[day];
    if (intervals && intervals.length > 0) {
      weekly[day] = intervals.map(([start, end]): [string, string] => [start, end]);
    }
  }
  const result = calendarSchema.safeParse({ timeZone: "Europe/Paris", weekly, holidays: "FR" });
  if (!result.success) {
    throw new RangeError(result.error.issues.map((issue) => issue.message).join(" "));
  }
  return result.data;
}
