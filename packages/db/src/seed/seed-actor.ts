/** Who the demo seed's rows say wrote them, and the types and units its files share. */
import type { organisations } from "../schema/index.ts";

export type Org = typeof organisations.$inferSelect;

/** The label the seed's rows carry as their author. */
export const SEED_LABEL = "Jeu de démonstration";

/** The seed as the actor of history rows: system work. */
export const SEED = { actorLabel: SEED_LABEL, actorSide: "system" } as const;

export const HOUR = 3_600_000;
