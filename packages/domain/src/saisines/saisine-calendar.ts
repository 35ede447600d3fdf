/**
 * Which opening calendar a saisine's clocks run on. The annexes hold support hours and, for
 * one commune (Pessac: "Astreinte lundi 8h30/13h30 + MMJV 17h/19h"), on-call hours; amendments
 * add closures, on-call for dated events (council meetings) and urgencies round the clock.
 * Hence:
 * - ordinary and exceptional saisines: the support hours less the closures ('support');
 * - urgent saisines: support hours plus the on-call week and the events' on-call evenings when
 *   the annex has some ('support-astreinte') — on-call exists for urgencies ("très grande
 *   réactivité", 000 art. 4);
 * - urgent saisines run round the clock ('continu') when the annex says so
 *   (`supportHours.urgentAlwaysOpen`), which no deliberation of the seeds does.
 * An annex whose hours could not be read (template text, "à calculer") gives no calendar:
 * null, so due dates show as unknown rather than computed on invented hours.
 */
import type { Annex, SaisineNature } from "../contracts/annex.ts";
import type { AnnexWeeklyHours } from "../contracts/annex-hours.ts";
import { alwaysOpenCalendar, type Calendar } from "../sla/calendar.ts";
import type { CalendarSource } from "../sla/clock.ts";
import { calendarFromSupportHours } from "../sla/support-hours.ts";
import {
  CONVENTION_CALENDAR_VERSION,
  conventionCalendar,
} from "../memberships/convention-service.ts";
import { type AnnexSupportHours, closureDates } from "../contracts/annex-hours.ts";

export const SAISINE_CALENDAR_KINDS = ["support", "support-astreinte", "continu"] as const;
export type SaisineCalendarKind = (typeof SAISINE_CALENDAR_KINDS)[number];

export function saisineCalendarKind(annex: Annex, nature: SaisineNature): SaisineCalendarKind {
  const hours = annex.supportHours;
  if (nature !== "urgence") return "support";
  if (hours.urgentAlwaysOpen) return "continu";
  return hours.onCall || (hours.eventOnCall ?? []).length > 0 ? "support-astreinte" : "support";
}

type Interval = [string, string];

/** Union of two weeks of hours; touching or overlapping intervals become one. */
function mergeWeeks(a: AnnexWeeklyHours, b: AnnexWeeklyHours): AnnexWeeklyHours {
  const merged = { ...a };
  for (const day of Object.keys(a) as Array<keyof AnnexWeeklyHours>) {
    const all: Interval[] = [...(a[day] ?? []), ...(b[day] ?? [])].map(([from, to]) => [from, to]);
    if (all.length === 0) {
      merged[day] = a[day] ?? b[day] ?? null;
      continue;
    }
    // "HH:MM" strings (and "24:00") sort and compare in time order.
    all.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const out: Interval[] = [];
    for (const interval of all) {
      const last = out[out.length - 1];
      if (last && interval[0] <= last[1]) {
        if (interval[1] > last[1]) last[1] = interval[1];
      } else {
        out.push(interval);
      }
    }
    merged[day] = out;
  }
  return merged;
}

/** An annex's calendars, built once per annex object (signed annexes never change). */
const calendarsOfAnnex = new WeakMap<Annex, Map<SaisineCalendarKind, Calendar | null>>();

/** The calendar of a kind for this annex, or null when the annex has no usable hours. */
export function saisineCalendar(annex: Annex, kind: SaisineCalendarKind): Calendar | null {
  let calendars = calendarsOfAnnex.get(annex);
  if (!calendars) {
    calendars = new Map();
    calendarsOfAnnex.set(annex, calendars);
  }
  if (!calendars.has(kind)) calendars.set(kind, calendarOf(annex, kind));
  return calendars.get(kind) ?? null;
}

function calendarOf(annex: Annex, kind: SaisineCalendarKind): Calendar | null {
  if (kind === "continu") return alwaysOpenCalendar();
  const hours = annex.supportHours;
  const { parsed, onCall } = hours;
  if (!parsed) return null;
  const week = kind === "support-astreinte" && onCall ? mergeWeeks(parsed, onCall) : parsed;
  return withDatedChanges(calendarFromSupportHours(week), hours, kind === "support-astreinte");
}

/** The closures of the annex, and on an on-call calendar the evenings of its events. */
function withDatedChanges(calendar: Calendar, hours: AnnexSupportHours, onCall: boolean): Calendar {
  const closures = (hours.closures ?? []).flatMap(closureDates);
  const events = onCall ? (hours.eventOnCall ?? []) : [];
  const extraOpenings = events.flatMap(({ start, end, dates }) =>
    dates.map((date) => ({ date, start, end })),
  );
  return {
    ...calendar,
    ...(closures.length > 0 ? { closures } : {}),
    ...(extraOpenings.length > 0 ? { extraOpenings } : {}),
  };
}

/**
 * The `calendarVersion` a clock segment carries: the annex version and the calendar kind, so
 * an amendment or a requalification (ordinaire → urgence) changes the calendar from that
 * instant on, never before.
 */
export function saisineCalendarVersion(annexVersionId: string, kind: SaisineCalendarKind): string {
  if (!annexVersionId || annexVersionId.includes("#")) {
    throw new RangeError(`Identifiant de version d'annexe invalide : « ${annexVersionId} ».`);
  }
  return `${annexVersionId}#${kind}`;
}

/**
 * The CalendarSource the SLA functions need, resolving saisineCalendarVersion keys through
 * `annexOf` (and the Redon convention's key to its intervention hours). Throws (French) on an
 * unknown key or an annex without usable hours.
 */
export function saisineCalendarSource(
  annexOf: (annexVersionId: string) => Annex | null | undefined,
): CalendarSource {
  return (calendarVersion) => {
    if (calendarVersion === CONVENTION_CALENDAR_VERSION) return conventionCalendar();
    const [annexVersionId = "", kind] = calendarVersion.split("#");
    if (!SAISINE_CALENDAR_KINDS.includes(kind as SaisineCalendarKind)) {
      throw new RangeError(`Version de calendrier inconnue : « ${calendarVersion} ».`);
    }
    const annex = annexOf(annexVersionId);
    if (!annex) throw new RangeError(`Annexe inconnue : « ${annexVersionId} ».`);
    const calendar = saisineCalendar(annex, kind as SaisineCalendarKind);
    if (!calendar) {
      throw new RangeError(
        `L'annexe de ${annex.commune.name} ne fixe pas d'horaires de support exploitables : aucune échéance ne peut être calculée.`,
      );
    }
    return calendar;
  };
}

/** What a saisine's hours are, in French, for the people who read its clock. */
export const SAISINE_CALENDAR_LABELS: Record<SaisineCalendarKind | "convention", string> = {
  support: "Horaires d'assistance du contrat",
  "support-astreinte": "Horaires d'assistance et astreintes du contrat",
  continu: "24 h/24, 7 j/7 (urgences)",
  convention: "Heures d'intervention de la convention",
};

/** The label of a calendar version (saisineCalendarVersion or the convention's); null if unknown. */
export function saisineCalendarLabel(calendarVersion: string): string | null {
  if (calendarVersion === CONVENTION_CALENDAR_VERSION) return SAISINE_CALENDAR_LABELS.convention;
  const kind = calendarVersion.split("#")[1];
  return SAISINE_CALENDAR_KINDS.includes(kind as SaisineCalendarKind)
    ? SAISINE_CALENDAR_LABELS[kind as SaisineCalendarKind]
    : null;
}
