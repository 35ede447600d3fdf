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
/** Text compared the French way: accents after their letter, case ignored first (Bègles before Bruges). */
export const frenchCollator = new Intl.Collator("fr", { numeric: true });
const oneDecimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
// Calendar dates ('2018-07-01') are days, not instants: formatted in UTC so no zone shifts them.
const dayFormat = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", dateStyle: "long" });
const moneyFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/**
 * « 1er juillet 2018 » for a calendar date 'YYYY-MM-DD' (contracts' dates are days in Paris, sent
 * as such); « — » when missing or malformed.
 */
export function formatCalendarDate(iso: string | null | undefined): string {
  const match = iso ? CALENDAR_DATE.exec(iso) : null;
  if (!match) return uiMessages.notAvailable;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return uiMessages.notAvailable;
  const text = dayFormat.format(date);
  // French writes the first of the month as an ordinal: « 1er juillet ».
  return text.startsWith("1 ") ? `1er ${text.slice(2)}` : text;
}

/**
 * A length of time in minutes as French writes it: « 45 min », « 3 h », « 2 h 30 », « 26 h 05 »
 * (hours, not days: business days differ in length). « — » when missing.
 */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes))
    return uiMessages.notAvailable;
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  // No-break spaces: « 10 h 41 » never parts at the end of a line (« Reste 10 h / 41 ouvrées »).
  if (hours === 0) return `${rest}\u00a0min`;
  if (rest === 0) return `${numberFormat.format(hours)}\u00a0h`;
  return `${numberFormat.format(hours)}\u00a0h\u00a0${String(rest).padStart(2, "0")}`;
}

/** « 340 Ko », « 1,2 Mo » (binary units, as file managers show them). */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes))
    return uiMessages.notAvailable;
  if (bytes < 1024) return `${numberFormat.format(bytes)} o`;
  if (bytes < 1024 * 1024) return `${numberFormat.format(Math.ceil(bytes / 1024))} Ko`;
  return `${oneDecimal.format(Math.ceil((bytes / (1024 * 1024)) * 10) / 10)} Mo`;
}

/** « 2 032,50 € » from integer euro cents; « — » when missing. */
export function formatMoney(cents: number | null | undefined): string {
  return cents === null || cents === undefined
    ? uiMessages.notAvailable
    : moneyFormat.format(cents / 100);
}
