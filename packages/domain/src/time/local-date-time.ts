/**
 * Instants as people in France write them: a date and a time on the wall clock of Europe/Paris
 * (the value of an `<input type="datetime-local">`, « 2026-06-05T16:30 »). Registers of breaches and
 * requests keep the hour as well as the day: the CNIL's 72 hours count from the time of awareness.
 */
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { frenchDate } from "./french-dates.ts";
import { isIsoDate, PARIS } from "./paris.ts";

const LOCAL = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

function pad(n: number) {
  return String(n).padStart(2, "0");
}

/** The Paris wall-clock reading of an instant: « 2026-06-05T16:30 ». */
export function parisLocalDateTime(instant: Date): string {
  const p = new TZDate(instant.getTime(), PARIS);
  return `${p.getFullYear()}-${pad(p.getMonth() + 1)}-${pad(p.getDate())}T${pad(p.getHours())}:${pad(p.getMinutes())}`;
}

/**
 * The instant a Paris wall-clock reading names, or null when the reading is malformed or does not
 * exist (the hour skipped when summer time starts). The hour read twice when it ends is taken in
 * summer time, the first time the clock shows it.
 */
export function parisInstant(local: string): Date | null {
  const match = LOCAL.exec(local);
  if (!match || !isIsoDate(match[1] ?? "")) return null;
  const [year, month, day] = (match[1] ?? "").split("-").map(Number);
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  const candidate = new TZDate(year ?? 0, (month ?? 1) - 1, day ?? 1, hours, minutes, PARIS);
  const instant = new Date(candidate.getTime());
  // Of two instants an hour apart that both read this way (the autumn hour), the earlier one.
  const earlier = new Date(instant.getTime() - 3_600_000);
  if (parisLocalDateTime(earlier) === local) return earlier;
  return parisLocalDateTime(instant) === local ? instant : null;
}

/**
 * A date and time typed in a form, in Paris: « AAAA-MM-JJTHH:MM ». `missing` words the empty field;
 * a reading that names no instant (malformed, or inside the hour skipped in spring) is refused.
 */
export function parisDateTimeSchema(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine((value) => LOCAL.test(value) && isIsoDate(value.slice(0, 10)), {
      message: "Date et heure attendues (jour, puis heure et minutes).",
      abort: true,
    })
    .refine((value) => parisInstant(value) !== null, {
      message:
        "Cette heure n'existe pas en France ce jour-là (passage à l'heure d'été) : indiquez l'heure réelle.",
    });
}

/** « 5 juin 2026 à 16 h 30 », the Paris wall clock, as registers write an instant. */
export function frenchDateTime(instant: Date): string {
  const local = parisLocalDateTime(instant);
  return `${frenchDate(local.slice(0, 10))} à ${local.slice(11, 13)} h ${local.slice(14, 16)}`;
}
