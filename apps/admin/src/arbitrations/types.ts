/** The shapes the arbitration pages work with, as the API returns them. */
import type { RouterOutputs } from "@mutu/web";

export type Arbitration = RouterOutputs["arbitrations"]["list"][number];
