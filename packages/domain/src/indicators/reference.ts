/**
 * The reference level (000 art. 2: « mettre en place un suivi d'activités la première année du
 * contrat afin de constituer un niveau de référence »): what is measured during the contract's
 * first year is the level later years are compared with, not a result to judge against a target.
 */
import { addYears } from "../time/paris.ts";
import type { Period } from "./periods.ts";

/** The contract's first year: [start, start + 1 year). */
export function referenceYear(contractStart: string): { from: string; to: string } {
  return { from: contractStart, to: addYears(contractStart, 1) };
}

/**
 * Whether a period belongs to the reference level: it starts before the first anniversary of the
 * contract (a period straddling it is still partly the first year's, so it is not judged).
 */
export function isReferencePeriod(
  period: Pick<Period, "from" | "to">,
  contractStart: string | null,
): boolean {
  if (contractStart === null) return false;
  const first = referenceYear(contractStart);
  return period.from < first.to && period.to > first.from;
}
