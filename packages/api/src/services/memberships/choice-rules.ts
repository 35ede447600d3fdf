/**
 * Checks a membership choice as the tariff would price it (computeContribution of @mutu/domain),
 * so a choice that cannot be priced (joined before the audit it claims, unknown population) is
 * refused when written, not when billed — with the refusal worded for the API.
 */
import {
  ContributionInputError,
  computeContribution,
  type ContributionInput,
  type RedonTariff,
} from "@mutu/domain";
import { AppError } from "../../errors.ts";

export const populationProblem = (name: string) =>
  `La population de ${name} n'est pas renseignée : elle fixe la tranche de prix.`;

/** Domain field names → the API's (a membership's joinedOn is its effectiveFrom). */
const FIELD_OF: Record<string, string> = { joinedOn: "effectiveFrom" };

export function priceOrThrow(
  tariff: RedonTariff,
  input: Omit<ContributionInput, "population"> & { population: number | null },
  memberName: string,
  fieldOf: Record<string, string> = FIELD_OF,
) {
  if (input.population === null)
    throw new AppError("BAD_REQUEST", populationProblem(memberName), {
      population: ["Population inconnue."],
    });
  try {
    return computeContribution(tariff, { ...input, population: input.population });
  } catch (error) {
    if (!(error instanceof ContributionInputError)) throw error;
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const key = fieldOf[issue.path] ?? (issue.path || "_");
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
    throw new AppError("BAD_REQUEST", error.message, fieldErrors);
  }
}
