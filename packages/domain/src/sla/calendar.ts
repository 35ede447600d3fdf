/**
 * The opening calendar an SLA clock runs on: weekly opening intervals in wall-clock time of one
 * IANA time zone, minus public holidays and one-off closure dates. This module owns the shape and
 * its validation; the arithmetic lives in business-time.ts.
 */
import { z } from "zod";
import { isValidTimeZone } from "./time-zone.ts";

export const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** French names, for error messages only. */
export const WEEKDAY_LABELS: Record<WeekdayKey, string> = {
  mon: "lundi",
  tue: "mardi",
  wed: "mercredi",
  thu: "jeudi",
  fri: "vendredi",
  sat: "samedi",
  sun: "dimanche",
};

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight for "HH:MM" ("24:00" → 1440), or null when the text is not a time. */
export function parseClockTime(text: string): number | null {
  if (text === "24:00") return 1440;
  const match = CLOCK_TIME.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

export type OpeningInterval = [start: string, end: string];

/**
 * First problem found in one day's intervals, as a French sentence, or null when they are valid.
 * Shared by the schema and by the runtime guard so both say the same thing.
 */
export function findDayProblem(
  day: WeekdayKey,
  intervals: readonly OpeningInterval[],
): string | null {
  const label = WEEKDAY_LABELS[day];
  const parsed: Array<{ start: number; end: number; text: string }> = [];
  for (const [startText, endText] of intervals) {
    const start = parseClockTime(startText);
    const end = parseClockTime(endText);
    if (start === null || end === null) {
      return `Horaire invalide le ${label} (« ${startText} – ${endText} ») : format HH:MM attendu, de 00:00 à 24:00.`;
    }
    if (start >= end) {
      return `Plage ${startText}–${endText} du ${label} : l'heure de début doit précéder l'heure de fin.`;
    }
    parsed.push({ start, end, text: `${startText}–${endText}` });
  }
  parsed.sort((a, b) => a.start - b.start);
  for (let i = 1; i < parsed.length; i++) {
    const previous = parsed[i - 1];
    const current = parsed[i];
    // Touching intervals (12:00–14:00 then 14:00–18:00) are allowed: they do not count twice.
    if (previous && current && current.start < previous.end) {
      return `Les plages ${previous.text} et ${current.text} du ${label} se chevauchent.`;
    }
  }
  return null;
}

const intervalSchema = z.tuple([z.string(), z.string()]);
const dayIntervalsSchema = z.array(intervalSchema);

export const weeklyHoursSchema = z
  .strictObject({
    mon: dayIntervalsSchema.optional(),
    tue: dayIntervalsSchema.optional(),
    wed: dayIntervalsSchema.optional(),
    thu: dayIntervalsSchema.optional(),
    fri: dayIntervalsSchema.optional(),
    sat: dayIntervalsSchema.optional(),
    sun: dayIntervalsSchema.optional(),
  })
  .superRefine((weekly, ctx) => {
    for (const day of WEEKDAY_KEYS) {
      const problem = findDayProblem(day, weekly[day] ?? []);
      if (problem) ctx.addIssue({ code: "custom", message: problem, path: [day] });
    }
  });

export const extraOpeningSchema = z
  .strictObject({
    date: z.iso.date({ error: "Date d'ouverture invalide : format AAAA-MM-JJ attendu." }),
    start: z.string(),
    end: z.string(),
  })
  .superRefine((opening, ctx) => {
    const problem = findOpeningProblem(opening);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["start"] });
  });
export type ExtraOpening = z.infer<typeof extraOpeningSchema>;

/** The problem of one dated opening's hours, in French, or null. */
export function findOpeningProblem(opening: { date: string; start: string; end: string }) {
  const start = parseClockTime(opening.start);
  const end = parseClockTime(opening.end);
  const when = opening.date.split("-").reverse().join("/");
  if (start === null || end === null) {
    return `Horaire invalide le ${when} (« ${opening.start} – ${opening.end} ») : format HH:MM attendu, de 00:00 à 24:00.`;
  }
  if (start >= end) {
    return `Plage ${opening.start}–${opening.end} du ${when} : l'heure de début doit précéder l'heure de fin.`;
  }
  return null;
}

export const calendarSchema = z.strictObject({
  timeZone: z.string().refine(isValidTimeZone, {
    error: (issue) =>
      `Fuseau horaire inconnu : « ${String(issue.input)} » (nom IANA attendu, par exemple Europe/Paris).`,
  }),
  weekly: weeklyHoursSchema,
  holidays: z.enum(["FR", "none"], {
    error: "Jours fériés : « FR » (France métropolitaine) ou « none » attendu.",
  }),
  closures: z
    .array(z.iso.date({ error: "Date de fermeture invalide : format AAAA-MM-JJ attendu." }))
    .optional(),
  /**
   * Dated openings beyond the week (an on-call evening for a council meeting): open even on a
   * holiday or a closure, since someone was put on duty for that very date.
   */
  extraOpenings: z.array(extraOpeningSchema).optional(),
});

export type Calendar = z.infer<typeof calendarSchema>;
export type WeeklyHours = Calendar["weekly"];

/** Open every minute of every day: urgent saisines whose contract says the clock never stops. */
export function alwaysOpenCalendar(timeZone = "Europe/Paris"): Calendar {
  if (!isValidTimeZone(timeZone)) {
    throw new RangeError(`Fuseau horaire inconnu : « ${timeZone} ».`);
  }
  const weekly: WeeklyHours = {};
  for (const day of WEEKDAY_KEYS) weekly[day] = [["00:00", "24:00"]];
  return { timeZone, weekly, holidays: "none" };
}
