/** Calendar dates as people in France live them: Europe/Paris, whatever the server's zone. */
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";

export const PARIS = "Europe/Paris";

function parts(isoDate: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`Date invalide : ${isoDate} (attendu AAAA-MM-JJ).`);
  return [Number(m[1]), Number(m[2]) - 1, Number(m[3])] as const;
}

/** The instant a Paris calendar day begins. */
export function parisDayStart(isoDate: string): Date {
  const [y, m, d] = parts(isoDate);
  return new Date(new TZDate(y, m, d, PARIS).getTime());
}

/** The instant the next Paris day begins (days last 23, 24 or 25 hours). */
export function parisDayEnd(isoDate: string): Date {
  const [y, m, d] = parts(isoDate);
  return new Date(addDays(new TZDate(y, m, d, PARIS), 1).getTime());
}

/** The Paris calendar date of an instant, as YYYY-MM-DD. */
export function parisDate(instant: Date): string {
  return format(new TZDate(instant.getTime(), PARIS), "yyyy-MM-dd");
}
