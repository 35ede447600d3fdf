/**
 * How the Redon convention serves its members' saisines (seed 002): the DSI of Redon
 * Agglomération answers them all, on the convention's intervention hours (annexe 2: « Plage
 * horaire d'intervention lundi au jeudi : 8h-12h30 et 13h30-18h vendredi : 8h-12h30 et
 * 13h30-17h »). The convention sets no delay to reach (its clocks measure without a due date), no
 * on-call and no matrix of who asks whom: nothing to check the filer's function against.
 */
import type { Calendar } from "../sla/calendar.ts";
import { calendarFromSupportHours, type SupportHours } from "../sla/support-hours.ts";
import { SUBSCRIPTION_LABELS, type Subscription } from "./vocabulary.ts";

const morningAndAfternoon = (closes: string): Array<[string, string]> => [
  ["08:00", "12:30"],
  ["13:30", closes],
];

export const REDON_INTERVENTION_HOURS: SupportHours = {
  mon: morningAndAfternoon("18:00"),
  tue: morningAndAfternoon("18:00"),
  wed: morningAndAfternoon("18:00"),
  thu: morningAndAfternoon("18:00"),
  fri: morningAndAfternoon("17:00"),
  sat: null,
  sun: null,
};

/**
 * The calendar version a convention saisine's clock segments carry (the form of
 * saisineCalendarVersion: what the hours come from, then the kind). A new version of the
 * convention's hours gets a new key, so past segments keep the hours they ran on.
 */
export const CONVENTION_CALENDAR_VERSION = "convention-redon-2022#support";

/** The convention's intervention hours as the calendar SLA clocks run on. */
export function conventionCalendar(): Calendar {
  return calendarFromSupportHours(REDON_INTERVENTION_HOURS);
}

/** Who answers a member's saisine: the DSI, for the services of the member's formula. */
export function conventionService(subscription: Subscription): string {
  return `DSI de Redon Agglomération — ${SUBSCRIPTION_LABELS[subscription]}`;
}
