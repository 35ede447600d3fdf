/** The shapes the people pages work with, as the API returns them. */
import type { RouterOutputs } from "@mutu/web";

export type Person = RouterOutputs["people"]["list"][number];
export type FunctionDef = RouterOutputs["people"]["functions"][number];
export type Side = FunctionDef["side"];
