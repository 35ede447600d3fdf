/**
 * Calendar dates of contracts as the services need them: today in Paris, the day before an
 * exclusive end, and dates worded the French way in messages ("1er juillet 2018").
 */
import { parisDate } from "@mutu/domain";

export const todayIn = (ctx: { now: () => Date }) => parisDate(ctx.now());

function utc(iso: string) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

/** The last day in force of a period whose exclusive end is `effectiveTo`. */
export function dayBefore(iso: string): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

export function frenchDate(iso: string): string {
  const date = utc(iso);
  const day = date.getUTCDate();
  return `${day === 1 ? "1er" : day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
