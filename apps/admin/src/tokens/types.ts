/** The shapes the token pages work with, as the API returns them. */
import type { RouterOutputs } from "@mutu/web";

export type Token = RouterOutputs["tokens"]["list"][number];
export type CreatedToken = RouterOutputs["tokens"]["create"];
