/** The shapes of a contract as the API returns them: a version, its annex, a change between two. */
import type { RouterOutputs } from "@mutu/api";

export type AnnexChange = RouterOutputs["contracts"]["diff"]["changes"][number];

export type ContractSummary = RouterOutputs["contracts"]["list"][number];
export type VersionDetail = NonNullable<RouterOutputs["contracts"]["current"]["version"]>;
export type Annex = VersionDetail["annex"];

/** The order of the model: sub-domains A to D, natures of saisines, days of the week. */
export const LETTERS = ["A", "B", "C", "D"] as const;
export const NATURES = ["ordinaire", "urgence", "exceptionnelle"] as const;
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
