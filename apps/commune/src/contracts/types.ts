/** The shapes the contract pages work with, as the API returns them. */
import type { RouterOutputs } from "@mutu/api";

export type ContractSummary = RouterOutputs["contracts"]["list"][number];
export type VersionSummary = RouterOutputs["contracts"]["history"]["versions"][number];
export type VersionDetail = NonNullable<RouterOutputs["contracts"]["current"]["version"]>;
export type Annex = VersionDetail["annex"];
export type AnnexChange = RouterOutputs["contracts"]["diff"]["changes"][number];

/** The order of the model: sub-domains A to D, natures of saisines, days of the week. */
export const LETTERS = ["A", "B", "C", "D"] as const;
export const NATURES = ["ordinaire", "urgence", "exceptionnelle"] as const;
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
