/**
 * Calendar dates of contracts ('YYYY-MM-DD', Europe/Paris): the schema and checks that word their
 * refusals in French. The date arithmetic itself lives in time/paris.ts, shared with saisines and
 * audit; it is re-exported here under the names the contract rules use.
 */
import { isIsoDate, parisDate } from "../time/paris.ts";

export { FRENCH_ERRORS } from "../errors/field-errors.ts";
export { addDays, addMonths, addYears, isIsoDate, yearOf } from "../time/paris.ts";
export { isoDateSchema } from "../time/schemas.ts";

/** Validates then returns the date, so callers fail early with a French message. */
export function assertIsoDate(iso: string, what: string): string {
  if (!isIsoDate(iso)) {
    throw new RangeError(`${what} invalide : « ${iso} » (format AAAA-MM-JJ attendu).`);
  }
  return iso;
}

/**
 * The Europe/Paris calendar date of an instant, or the date itself when given as 'YYYY-MM-DD'.
 * A Date at 2018-06-30T22:30Z is already 1 July in Paris: contracts follow the Paris calendar.
 */
export function toParisCalendarDate(input: string | Date): string {
  return typeof input === "string" ? assertIsoDate(input, "Date") : parisDate(input);
}
