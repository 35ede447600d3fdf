/** Days and instants as people in France live them (Europe/Paris), and how they cross the API. */
export { FRENCH_MONTHS, frenchDate, frenchDay, frenchIsoDate } from "./french-dates.ts";
export {
  addDays,
  addMonths,
  addYears,
  dayBefore,
  isIsoDate,
  PARIS,
  parisDate,
  parisDayEnd,
  parisDayStart,
  parisToday,
  parisWallClock,
  yearOf,
} from "./paris.ts";
export { instantOutput, isoDateSchema, requiredIsoDate } from "./schemas.ts";
