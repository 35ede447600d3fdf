/**
 * The support hours of an annex (« Heures d'ouverture de l'assistance »): the week as written and
 * as analysed, the on-call week, and what amendments add — closures (the service shut for a
 * holiday week), urgencies handled round the clock, and on-call for dated events such as council
 * meetings (Pessac: « Conseil Municipal L19h/fin CM/23H »). The calendars SLA clocks run on are
 * built from these in saisines/saisine-calendar.ts.
 */
import { z } from "zod";
import { WEEKDAY_LABELS } from "../sla/calendar.ts";
import { addDays, isIsoDate } from "../time/paris.ts";
import { frenchDate as longFrenchDate } from "../time/french-dates.ts";
import { isoDateSchema } from "../time/schemas.ts";

export const ANNEX_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type AnnexWeekday = (typeof ANNEX_WEEKDAYS)[number];

const labelSchema = z
  .string({ error: "Libellé attendu." })
  .trim()
  .min(1, { message: "Donnez un libellé (ex. « Fermeture de fin d'année »)." })
  .max(120, { message: "Libellé trop long (120 caractères au plus)." });

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const clockSchema = z
  .string({ error: "Heure attendue au format HH:MM." })
  .regex(CLOCK, { message: "Heure invalide : format HH:MM attendu (ex. 08:30)." });

/** One opening interval as the seed facts write it: ["08:30", "12:00"]. */
const intervalSchema = z
  .tuple([clockSchema, clockSchema], { error: "Plage horaire attendue : [début, fin]." })
  .refine(([from, to]) => from < to, {
    message: "L'heure de début doit précéder l'heure de fin.",
  });

// null = the source does not mention the day (Bègles skips Tuesday and Wednesday); [] = closed.
const dayHoursSchema = z.array(intervalSchema).nullable();

/**
 * Same structure as the SLA module's parsed support hours, so an annex's hours feed an SLA
 * calendar unchanged.
 */
export const annexWeeklyHoursSchema = z
  .object({
    mon: dayHoursSchema,
    tue: dayHoursSchema,
    wed: dayHoursSchema,
    thu: dayHoursSchema,
    fri: dayHoursSchema,
    sat: dayHoursSchema,
    sun: dayHoursSchema,
  })
  .superRefine((week, ctx) => {
    for (const day of ANNEX_WEEKDAYS) {
      const sorted = [...(week[day] ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1];
        const current = sorted[i];
        if (previous && current && current[0] < previous[1]) {
          ctx.addIssue({
            code: "custom",
            path: [day],
            message: `Les plages ${previous.join("–")} et ${current.join("–")} du ${WEEKDAY_LABELS[day]} se chevauchent.`,
          });
        }
      }
    }
  });
export type AnnexWeeklyHours = z.infer<typeof annexWeeklyHoursSchema>;

/** Longest closure one line may hold: beyond it, the contract's hours themselves should change. */
export const MAX_CLOSURE_DAYS = 62;

const frenchDate = (iso: string) => iso.split("-").reverse().join("/");

/** The service shut from one day to another, both included (« Fermeture de fin d'année »). */
export const closureSchema = z
  .strictObject({ label: labelSchema, from: isoDateSchema, to: isoDateSchema })
  .superRefine((closure, ctx) => {
    // Refinements run even when a field failed: the dates' own errors say enough.
    if (!isIsoDate(closure.from) || !isIsoDate(closure.to)) return;
    if (closure.to < closure.from) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `La fermeture « ${closure.label} » finit le ${frenchDate(closure.to)}, avant son début le ${frenchDate(closure.from)}.`,
      });
    } else if (closureDates(closure).length > MAX_CLOSURE_DAYS) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `La fermeture « ${closure.label} » dépasse ${MAX_CLOSURE_DAYS} jours : modifiez plutôt les horaires d'assistance.`,
      });
    }
  });
export type Closure = z.infer<typeof closureSchema>;

/** Every day of a closure, first and last included (empty when it ends before it starts). */
export function closureDates(closure: { from: string; to: string }): string[] {
  const dates: string[] = [];
  for (let day = closure.from; day <= closure.to; day = addDays(day, 1)) {
    dates.push(day);
    if (dates.length > MAX_CLOSURE_DAYS) break;
  }
  return dates;
}

/**
 * On-call for dated events (« Conseil municipal », 19:00–23:00 on each meeting's date): urgent
 * saisines run on these evenings as on the on-call week.
 */
export const eventOnCallSchema = z
  .strictObject({
    label: labelSchema,
    start: clockSchema,
    end: clockSchema,
    dates: z
      .array(isoDateSchema)
      .min(1, { message: "Indiquez au moins une date pour cette astreinte." }),
  })
  .superRefine((event, ctx) => {
    if (event.start >= event.end) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `Astreinte « ${event.label} » : l'heure de début (${event.start}) doit précéder l'heure de fin (${event.end}).`,
      });
    }
    const seen = new Set<string>();
    for (const date of event.dates) {
      if (seen.has(date)) {
        ctx.addIssue({
          code: "custom",
          path: ["dates"],
          message: `Astreinte « ${event.label} » : le ${frenchDate(date)} figure deux fois.`,
        });
      }
      seen.add(date);
    }
  });
export type EventOnCall = z.infer<typeof eventOnCallSchema>;

export const supportHoursSchema = z.object({
  asWritten: z.string({ error: "Texte attendu, ou aucune valeur." }).nullable(),
  // null when the source gives no usable hours (template text, "de Xh à Yh").
  parsed: annexWeeklyHoursSchema.nullable(),
  onCall: annexWeeklyHoursSchema.nullable(),
  notes: z.array(z.string()),
  // Set by amendments (the imported deliberations have none): absent reads as none.
  closures: z.array(closureSchema).optional(),
  /** Urgent saisines run 24/7 (their clock never stops), by agreement of both parties. */
  urgentAlwaysOpen: z.boolean({ error: "Oui ou non attendu." }).optional(),
  eventOnCall: z.array(eventOnCallSchema).optional(),
});
export type AnnexSupportHours = z.infer<typeof supportHoursSchema>;

/** « 8 h », « 23 h 30 » for "08:00", "23:30". */
function time(clock: string): string {
  const [hours = "", minutes = ""] = clock.split(":");
  return minutes === "00" ? `${Number(hours)} h` : `${Number(hours)} h ${minutes}`;
}

/** « Fermeture de fin d'année : du 24 décembre 2026 au 1er janvier 2027 » (« le … » for one day). */
export function describeClosure(closure: Closure): string {
  const when =
    closure.from === closure.to
      ? `le ${longFrenchDate(closure.from)}`
      : `du ${longFrenchDate(closure.from)} au ${longFrenchDate(closure.to)}`;
  return `${closure.label} : ${when}`;
}

/** « Conseil municipal : de 19 h à 23 h, le 18 janvier 2027 et le 15 février 2027 ». */
export function describeEventOnCall(event: EventOnCall): string {
  const dates = [...event.dates].sort().map((date) => `le ${longFrenchDate(date)}`);
  const list =
    dates.length > 1 ? `${dates.slice(0, -1).join(", ")} et ${dates.at(-1)}` : (dates[0] ?? "");
  return `${event.label} : de ${time(event.start)} à ${time(event.end)}, ${list}`;
}
