/**
 * Effort on projects, in person-days counted by half days (« j/h », 004; Redon bills level-1 work
 * « à la demi-journée », 002 art. 7.1.1). Stored as whole half days, so sums never drift.
 */
import { z } from "zod";
import { parisToday } from "../time/paris.ts";
import { isClosedProject } from "./lifecycle.ts";
import type { ProjectStatus } from "./vocabulary.ts";

/** Days a person types (« 1,5 ») → whole half days; null when not a whole number of half days. */
export function halfDaysOf(days: number): number | null {
  const halves = days * 2;
  return Number.isFinite(halves) && Number.isInteger(halves) ? halves : null;
}

export const daysOf = (halfDays: number) => halfDays / 2;

/**
 * Person-days by half days: at least one half day, at most `max` days (an entry sums up a week or
 * a month of work; beyond that, enter it in several).
 */
export function personDaysSchema(what: string, max: number) {
  return z
    .number({ error: `Indiquez ${what} en jours (par demi-journées : 0,5 ; 1 ; 1,5…).` })
    .positive({ error: `${capitalised(what)} doit être d'au moins une demi-journée (0,5).` })
    .max(max, {
      error: `${capitalised(what)} ne peut dépasser ${String(max).replace(".", ",")} jours.`,
    })
    .refine((days) => halfDaysOf(days) !== null, {
      error: `${capitalised(what)} se compte par demi-journées (0,5 ; 1 ; 1,5…).`,
    });
}

function capitalised(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type EffortRefusal = { field: "projectId" | "workedOn"; message: string };

/**
 * Why effort cannot be logged on this project for this day, or null: never on a closed project
 * (delivered, not retained, abandoned), never for a day still to come — « today » is the Paris
 * calendar day of `now`, whatever the server's zone.
 */
export function effortRefusal(
  project: { status: ProjectStatus },
  workedOn: string,
  now: Date,
): EffortRefusal | null {
  if (isClosedProject(project.status))
    return {
      field: "projectId",
      message: "Ce projet est clos : aucune charge ne peut plus y être imputée.",
    };
  if (workedOn > parisToday(now))
    return {
      field: "workedOn",
      message: "La charge se saisit une fois le travail fait : la date ne peut pas être à venir.",
    };
  return null;
}
