/**
 * The years mutu handles — a contract, a report, a recap or a period is of a year from 2000 to
 * 2100; a year outside is a typing slip (« 20256 », « 226 ») refused or set aside, not asked of
 * the database.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** Whether `year` is a whole year mutu handles. */
export const isHandledYear = (year: number) =>
  Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
