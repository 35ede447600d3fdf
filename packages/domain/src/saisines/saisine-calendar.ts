/**
 * Which opening calendar a saisine's clocks run on. The annexes hold support hours and, for
 * one commune (Pessac: "Astreinte lundi 8h30/13h30 + MMJV 17h/19h"), on-call hours; none says
 * "24/7". Hence:
 * - ordinary and exceptional saisines: the support hours ('support');
 * - urgent saisines: support hours plus on-call hours when the annex has some
 *   ('support-astreinte') — on-call exists for urgencies ("très grande réactivité", 000 art. 4);
 * - urgent saisines run round the clock ('continu') only when the caller says the contract
 *   provides it (`urgentAlwaysOpen`), which no annex of the seeds does.
 * An annex whose hours could not be read (template text, "à calculer") gives no calendar:
 * null, so due dates show as unknown rather than computed on invented hours.
 */
import type { Annex, AnnexWeeklyHours, SaisineNature } from "../contracts/annex.ts";
import { alwaysOpenCalendar, type Calendar } from "../sla/calendar.ts";
import type { CalendarSource } from "../sla/clock.ts";
import { calendarFromSupportHours } from "../sla/support-hours.ts";

export const SAISINE_CALENDAR_KINDS = ["support", "support-astreinte", "continu"] as const;
export type SaisineCalendarKind = (typeof SAISINE_CALENDAR_KINDS)[number];

export type SaisineCalendarOptions = {
  /** The contract (or a later agreement) makes urgent saisines run 24/7. */
  urgentAlwaysOpen?: boolean;
};

export function saisineCalendarKind(
  annex: Annex,
  nature: SaisineNature,
  options: SaisineCalendarOptions = {},
): SaisineCalendarKind {
  if (nature !== "urgence") return "support";
  if (options.urgentAlwaysOpen) return "continu";
  return annex.supportHours.onCall ? "support-astreinte" : "support";
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
  const { parsed, onCall } = annex.supportHours;
  if (!parsed) return null;
  if (kind === "support" || !onCall) return calendarFromSupportHours(parsed);
  return calendarFromSupportHours(mergeWeeks(parsed, onCall));
}

/**
 * The `calendarVersion` a clock segment carries: the annex version and the calendar kind, so
 * an amendment or a requalification (ordinaire → urgence) changes the calendar from that
 * instant on, never before.
 */
export function saisineCalendarVersion(annexVersionId: string, kind: SaisineCalendarKind): string {
  if (!annexVersionId || annexVersionId.includes("#")) {
    throw new RangeError(`Identifiant de version d'annexe invalide : « ${annexVersionId} ».`);
  }
  return `${annexVersionId}#${kind}`;
}

export const SAISINE_CALENDAR_KIND_LABELS: Record<SaisineCalendarKind, string> = {
  support: "Horaires de support",
  "support-astreinte": "Horaires de support et d'astreinte",
  continu: "24 heures sur 24, tous les jours",
};

/** The annex version and the kind a `calendarVersion` names (null: not one). */
export function parseCalendarVersion(
  calendarVersion: string,
): { annexVersionId: string; kind: SaisineCalendarKind } | null {
  const [annexVersionId = "", kind = ""] = calendarVersion.split("#");
  return annexVersionId && SAISINE_CALENDAR_KINDS.includes(kind as SaisineCalendarKind)
    ? { annexVersionId, kind: kind as SaisineCalendarKind }
    : null;
}

/**
 * How people name the calendar a clock ran on: its kind, and the contract version it comes from
 * (« Horaires de support — avenant n° 1 »), never its internal key.
 */
export function saisineCalendarLabel(calendarVersion: string, versionLabel: string | null): string {
  const parsed = parseCalendarVersion(calendarVersion);
  if (!parsed) return "Calendrier inconnu";
  const kind = SAISINE_CALENDAR_KIND_LABELS[parsed.kind];
  return versionLabel ? `${kind} — ${versionLabel}` : kind;
}

/**
 * The CalendarSource the SLA functions need, resolving saisineCalendarVersion keys through
 * `annexOf`. Throws (French) on an unknown key or an annex without usable hours.
 */
export function saisineCalendarSource(
  annexOf: (annexVersionId: string) => Annex | null | undefined,
): CalendarSource {
  return (calendarVersion) => {
    const [annexVersionId = "", kind] = calendarVersion.split("#");
    if (!SAISINE_CALENDAR_KINDS.includes(kind as SaisineCalendarKind)) {
      throw new RangeError(`Version de calendrier inconnue : « ${calendarVersion} ».`);
    }
    const annex = annexOf(annexVersionId);
    if (!annex) throw new RangeError(`Annexe inconnue : « ${annexVersionId} ».`);
    const calendar = saisineCalendar(annex, kind as SaisineCalendarKind);
    if (!calendar) {
      throw new RangeError(
        `L'annexe de ${annex.commune.name} ne fixe pas d'horaires de support exploitables : aucune échéance ne peut être calculée.`,
      );
    }
    return calendar;
  };
}
