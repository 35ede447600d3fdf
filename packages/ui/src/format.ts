/** Dates and numbers as read in France: Europe/Paris whatever the browser's zone, fr-FR digits. */
import { uiMessages } from "./messages.ts";

const PARIS = "Europe/Paris";

const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: PARIS,
  dateStyle: "long",
  timeStyle: "short",
});
const compactFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: PARIS,
  dateStyle: "short",
  timeStyle: "short",
});
const dateFormat = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS, dateStyle: "long" });
const numberFormat = new Intl.NumberFormat("fr-FR");

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** « 3 mars 2026 à 14:05 » (Paris time); « — » when missing. Instants come from the API as ISO strings. */
export function formatDateTime(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? dateTimeFormat.format(date) : uiMessages.notAvailable;
}

/** « 03/03/2026 14:05 » (Paris time), for table cells. */
export function formatDateTimeCompact(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? compactFormat.format(date) : uiMessages.notAvailable;
}

/** « 3 mars 2026 » (the Paris calendar day of the instant). */
export function formatDate(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? dateFormat.format(date) : uiMessages.notAvailable;
}

/** « 12 345 » with the French narrow no-break space; « — » when missing. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined
    ? uiMessages.notAvailable
    : numberFormat.format(value);
}

/** « 1 personne », « 12 personnes ». */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count > 1 ? many : one}`;
}
