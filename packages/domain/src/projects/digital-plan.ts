/**
 * The commune's digital plan (« schéma numérique communal », 004): three years, revised yearly
 * (indicator 1.1.1, « élaboration et mise à jour annuelle d'un schéma numérique communal (sur 3
 * ans) »). Each adoption — the first or a yearly revision — is a version; the plan in force for a
 * year is the latest adopted version covering it.
 */
import { z } from "zod";
import { addYears } from "../time/paris.ts";
import { requiredIsoDate } from "../time/schemas.ts";
import { yearSchema } from "./documents.ts";

export const PLAN_YEARS = 3;

export type DigitalPlanVersion = { startYear: number; adoptedOn: string };

/** The years a plan starting in `startYear` covers: 2026 → 2026, 2027, 2028. */
export function planYears(startYear: number): number[] {
  return Array.from({ length: PLAN_YEARS }, (_, i) => startYear + i);
}

export const planCovers = (plan: { startYear: number }, year: number) =>
  year >= plan.startYear && year < plan.startYear + PLAN_YEARS;

/** The latest version adopted by `day` that covers `year`, or null. */
export function planInForce<P extends DigitalPlanVersion>(
  plans: readonly P[],
  year: number,
  day: string,
): P | null {
  let found: P | null = null;
  for (const plan of plans)
    if (plan.adoptedOn <= day && planCovers(plan, year))
      if (!found || plan.adoptedOn >= found.adoptedOn) found = plan;
  return found;
}

export type PlanUpkeep = {
  /** The latest version adopted by `today`, whatever years it covers. */
  latest: DigitalPlanVersion | null;
  /** Adopted or revised within the year before `today` (its anniversary included). */
  upToDate: boolean;
  /** The day after which the plan is out of date without a revision. */
  reviseBy: string | null;
};

/**
 * Indicator 1.1.1: does a plan exist, and was it revised within the last year? A plan adopted on
 * 29 February is due for revision on 28 February of the next year.
 */
export function planUpkeep(plans: readonly DigitalPlanVersion[], today: string): PlanUpkeep {
  const adopted = plans.filter((p) => p.adoptedOn <= today);
  const latest = adopted.reduce<DigitalPlanVersion | null>(
    (last, p) => (!last || p.adoptedOn > last.adoptedOn ? p : last),
    null,
  );
  if (!latest) return { latest: null, upToDate: false, reviseBy: null };
  const reviseBy = addYears(latest.adoptedOn, 1);
  return { latest, upToDate: today <= reviseBy, reviseBy };
}

export const digitalPlanSchema = z.object({
  title: z
    .string({ error: "Indiquez l'intitulé du schéma." })
    .trim()
    .min(3, { error: "Indiquez l'intitulé du schéma." })
    .max(200, { error: "Intitulé trop long (200 caractères au plus)." }),
  startYear: yearSchema,
  adoptedOn: requiredIsoDate("Indiquez la date d'adoption ou de révision."),
  summary: z
    .string({ error: "Décrivez les orientations du schéma." })
    .trim()
    .min(10, { error: "Décrivez les orientations du schéma (10 caractères au moins)." })
    .max(10_000, { error: "Texte trop long (10 000 caractères au plus)." }),
});
export type DigitalPlan = z.output<typeof digitalPlanSchema>;

/** A plan is recorded once adopted, and covers the years around its adoption. */
export function planAdoptionRefusal(
  plan: { startYear: number; adoptedOn: string },
  today: string,
): { field: "adoptedOn" | "startYear"; message: string } | null {
  if (plan.adoptedOn > today)
    return {
      field: "adoptedOn",
      message: "Le schéma est enregistré une fois adopté : la date ne peut pas être à venir.",
    };
  const adoptedYear = Number(plan.adoptedOn.slice(0, 4));
  if (plan.startYear > adoptedYear + 1 || plan.startYear + PLAN_YEARS - 1 < adoptedYear)
    return {
      field: "startYear",
      message: `Un schéma adopté en ${adoptedYear} couvre l'année de son adoption ou commence l'année suivante.`,
    };
  return null;
}
