/**
 * A meeting's time as people write it — a Paris day and a wall-clock time — and the instant it
 * is. On the night clocks go forward (last Sunday of March) 02:00–02:59 does not exist in Paris
 * and is refused; on the night they go back (last Sunday of October) 02:00–02:59 happens twice and
 * means the first time (summer time), as a diary would read it.
 */
import { TZDate } from "@date-fns/tz";
import { isIsoDate, PARIS, parisDate } from "../time/paris.ts";

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isWallTime = (value: string) => TIME.test(value);

/** The instant of `time` ('HH:MM') on the Paris day `date`, or null when the clock skips it. */
export function parisDateTime(date: string, time: string): Date | null {
  const match = TIME.exec(time);
  if (!isIsoDate(date) || !match) return null;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, Number(match[1]), Number(match[2]));
  // Paris is one hour (winter) or two (summer) ahead of UTC: the readings whose Paris clock shows
  // the time asked for, the earlier first; none on the hour the clocks skip.
  for (const offsetHours of [2, 1]) {
    const instant = new Date(asUtc - offsetHours * 3_600_000);
    if (parisDate(instant) === date && parisWallTime(instant) === time) return instant;
  }
  return null;
}

/** 'HH:MM' on Paris clocks. */
export function parisWallTime(instant: Date): string {
  const paris = new TZDate(instant.getTime(), PARIS);
  return `${String(paris.getHours()).padStart(2, "0")}:${String(paris.getMinutes()).padStart(2, "0")}`;
}
