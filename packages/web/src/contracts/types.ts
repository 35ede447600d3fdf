/** A change between two versions of a contract's annex, as `contracts.diff` returns it. */
import type { RouterOutputs } from "@mutu/api";

export type AnnexChange = RouterOutputs["contracts"]["diff"]["changes"][number];
