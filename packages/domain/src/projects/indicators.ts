/**
 * Engagement 2.1 of the contrat d'engagement (004, sub-domain B): « réaliser les projets
 * conformément aux priorités partagées et définies au schéma numérique communal ».
 *
 * - Indicator 2.1.1, « charge consacrée aux projets »: person-days planned and logged in a year,
 *   against the days the contract commits (Bègles 110, Le Bouscat 200), split between communal,
 *   transverse and mutualised activities (Carbon-Blanc, Mérignac: « charge prévisionnelle /
 *   réalisée … aux activités communales, transverses, mutualisées »).
 * - Indicator 2.1.2, « taux de réalisation des projets conformément au schéma numérique »:
 *   projects planned for the year and delivered by its end (Le Bouscat: « 3 projets réalisés sur
 *   3 sur 2015 »).
 *
 * Pure functions over what the services read; the indicators framework can call them as they are.
 */
import { daysOf } from "./effort.ts";
import { PROJECT_ACTIVITIES, type ProjectActivity, type ProjectKind } from "./vocabulary.ts";

export type LoggedEffort = { workedOn: string; halfDays: number; activity: ProjectActivity };

export type PlannedLoad = {
  /** Estimated by the study, in half days; null until studied. */
  estimatedHalfDays: number | null;
  /** The year the committee retained it for; null until retained. */
  plannedYear: number | null;
  activity: ProjectActivity;
};

export type ActivityLoad = { plannedDays: number; loggedDays: number };

export type ProjectLoad = {
  year: number;
  /** The contract's « j/h consacrés chaque année aux projets »; null when it says none. */
  committedDays: number | null;
  plannedDays: number;
  loggedDays: number;
  byActivity: Record<ProjectActivity, ActivityLoad>;
  /** Logged ÷ committed; null without a commitment (not measured, never 0 %). */
  consumedRate: number | null;
  /** Committed − logged: negative once the commitment is exceeded; null without one. */
  remainingDays: number | null;
};

/**
 * Indicator 2.1.1 for a year: effort logged on days of that year (Paris calendar dates), and the
 * load planned: the study's estimate of each project retained for that year, all in that year
 * (a project spanning years is planned in the year it is to be delivered).
 */
export function projectLoad(input: {
  year: number;
  committedDays: number | null;
  effort: readonly LoggedEffort[];
  projects: readonly PlannedLoad[];
}): ProjectLoad {
  const { year, committedDays } = input;
  const halves = Object.fromEntries(
    PROJECT_ACTIVITIES.map((a) => [a, { planned: 0, logged: 0 }]),
  ) as Record<ProjectActivity, { planned: number; logged: number }>;
  const prefix = `${year}-`;
  for (const e of input.effort)
    if (e.workedOn.startsWith(prefix)) halves[e.activity].logged += e.halfDays;
  for (const p of input.projects)
    if (p.plannedYear === year && p.estimatedHalfDays !== null)
      halves[p.activity].planned += p.estimatedHalfDays;
  const byActivity = Object.fromEntries(
    PROJECT_ACTIVITIES.map((a) => [
      a,
      { plannedDays: daysOf(halves[a].planned), loggedDays: daysOf(halves[a].logged) },
    ]),
  ) as Record<ProjectActivity, ActivityLoad>;
  const sum = (key: "planned" | "logged") =>
    daysOf(PROJECT_ACTIVITIES.reduce((total, a) => total + halves[a][key], 0));
  const loggedDays = sum("logged");
  const committed = committedDays !== null && committedDays > 0 ? committedDays : null;
  return {
    year,
    committedDays,
    plannedDays: sum("planned"),
    loggedDays,
    byActivity,
    consumedRate: committed === null ? null : loggedDays / committed,
    remainingDays: committedDays === null ? null : committedDays - loggedDays,
  };
}

export type PlannedProject = {
  kind: ProjectKind;
  /** Every year a decision of the committee retained it for (a slipped project keeps the first). */
  plannedYears: readonly number[];
  /** Paris calendar day it was delivered, or null. */
  deliveredOn: string | null;
};

export type DeliveryRate = {
  year: number;
  planned: number;
  /** Planned for the year and delivered by its 31 December. */
  delivered: number;
  /** delivered ÷ planned; null when nothing was planned (not measured, never 0 %). */
  rate: number | null;
  /** Delivered during the year without having been planned for it. */
  deliveredOutsidePlan: number;
};

/** Indicator 2.1.2 for a year: the projects of the plan delivered by the year's end. */
export function projectDeliveryRate(
  projects: readonly PlannedProject[],
  year: number,
): DeliveryRate {
  const end = `${year}-12-31`;
  const start = `${year}-01-01`;
  let planned = 0;
  let delivered = 0;
  let deliveredOutsidePlan = 0;
  for (const p of projects) {
    if (p.kind !== "projet") continue;
    const inPlan = p.plannedYears.includes(year);
    const deliveredBy = p.deliveredOn !== null && p.deliveredOn <= end;
    if (inPlan) {
      planned++;
      if (deliveredBy) delivered++;
    } else if (deliveredBy && p.deliveredOn !== null && p.deliveredOn >= start)
      deliveredOutsidePlan++;
  }
  return {
    year,
    planned,
    delivered,
    rate: planned === 0 ? null : delivered / planned,
    deliveredOutsidePlan,
  };
}
