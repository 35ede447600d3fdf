/**
 * Per-commune delay targets of the contract's indicators, and the compliance rate measured
 * against them. Counting is done on integers so "95 % within 4 business hours" is decided
 * exactly, never by a float that happens to land on 94.99999.
 */
import { z } from "zod";
import { SAISINE_NATURES } from "../contracts/saisine-kinds.ts";

/** 3.3.1 handling delay, 3.3.2 resolution by criticality, 4.1.1 intervention, 4.1.2 restoration. */
export const SLA_INDICATORS = ["3.3.1", "3.3.2", "4.1.1", "4.1.2"] as const;
export type SlaIndicator = (typeof SLA_INDICATORS)[number];

const hasAtMostTwoDecimals = (value: number) =>
  Math.abs(Math.round(value * 100) - value * 100) < 1e-9;

/** A delay in business minutes: a whole, strictly positive number. */
export const businessMinutesSchema = z
  .number({ error: "Délai attendu, en minutes ouvrées." })
  .int({ error: "Le délai s'exprime en minutes ouvrées entières." })
  .positive({ error: "Le délai doit être strictement positif." });

/** Share of cases that must meet the delay; absent means every case (100 %). */
export const compliancePercentSchema = z
  .number({ error: "Taux de conformité attendu (en %)." })
  .gt(0, { error: "Le taux de conformité doit être supérieur à 0 %." })
  .max(100, { error: "Le taux de conformité ne peut dépasser 100 %." })
  .refine(hasAtMostTwoDecimals, { error: "Taux de conformité : deux décimales au plus." });

/** A delay target as the API shows it: the indicator, whom it concerns, the delay. */
export const slaTargetSchema = z.strictObject({
  indicator: z.enum(SLA_INDICATORS, {
    error: "Indicateur inconnu : 3.3.1, 3.3.2, 4.1.1 ou 4.1.2 attendu.",
  }),
  nature: z.enum(SAISINE_NATURES, { error: "Nature inconnue." }).optional(),
  criticality: z.string().trim().min(1, { error: "Criticité vide." }).optional(),
  businessMinutes: businessMinutesSchema,
  compliancePercent: compliancePercentSchema.optional(),
});

export type SlaTarget = z.infer<typeof slaTargetSchema>;

export type ComplianceRate = {
  met: number;
  total: number;
  /** Rounded half up to two decimals (2/3 → 66.67); null when nothing was measured. */
  percent: number | null;
};

function checkDurations(durationsInMinutes: readonly number[]): void {
  for (const duration of durationsInMinutes) {
    if (!Number.isFinite(duration) || duration < 0) {
      throw new RangeError(
        `Durée invalide (${duration}) : un nombre de minutes positif est attendu.`,
      );
    }
  }
}

/** How many durations are within the target (a duration equal to the target meets it). */
export function complianceRate(
  durationsInMinutes: readonly number[],
  targetMinutes: number,
): ComplianceRate {
  checkDurations(durationsInMinutes);
  const total = durationsInMinutes.length;
  const met = durationsInMinutes.filter((duration) => duration <= targetMinutes).length;
  if (total === 0) return { met, total, percent: null };
  // round(met / total × 10 000) half up, in integers, then back to a percent with 2 decimals.
  const basisPoints = Math.floor((met * 20_000 + total) / (2 * total));
  return { met, total, percent: basisPoints / 100 };
}

/**
 * Whether the measured durations keep the target. Decided on the exact ratio, not the rounded
 * percent (94.996 % does not keep a 95 % target). null when there is nothing to measure yet:
 * the contract's "not yet measured" must stay distinguishable from a pass or a failure.
 */
export function meetsComplianceTarget(
  durationsInMinutes: readonly number[],
  target: Pick<SlaTarget, "businessMinutes" | "compliancePercent">,
): boolean | null {
  const { met, total } = complianceRate(durationsInMinutes, target.businessMinutes);
  if (total === 0) return null;
  const requiredBasisPoints = Math.round((target.compliancePercent ?? 100) * 100);
  return met * 10_000 >= requiredBasisPoints * total;
}
