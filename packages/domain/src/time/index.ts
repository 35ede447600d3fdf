/** Days and instants as people in France live them (Europe/Paris), and how they cross the API. */
export { FRENCH_MONTHS, frenchDate, frenchDay, frenchIsoDate } from "./french-dates.ts";
export {
  addDays,
  addMonths,
  addYears,
  dayBefore,
  earlierDay,
  isIsoDate,
  laterDay,
  PARIS,
  parisDate,
  parisDayEnd,
  parisDayStart,
  parisToday,
  parisWallClock,
  yearOf,
} from "./paris.ts";
export { instantOutput, isoDateSchema, requiredIsoDate } from "./schemas.ts";
export {
  frenchDateTime,
  parisDateTimeSchema,
  parisInstant,
  parisLocalDateTime,
} from "./local-date-time.ts";
export { FIRST_YEAR, isHandledYear, LAST_YEAR } from "./years.ts";
