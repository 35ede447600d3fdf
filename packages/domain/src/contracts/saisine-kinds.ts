/**
 * The kinds of saisine the contract itself names (000 art. 4; 004, indicator 3.3.2): its natures
 * and the criticality of incidents. Here, apart, so that the annex (whose matrix and targets use
 * them) and the saisine vocabulary (which labels them) both import them without a cycle.
 */
export const SAISINE_NATURES = ["ordinaire", "urgence", "exceptionnelle"] as const;
export type SaisineNature = (typeof SAISINE_NATURES)[number];

/**
 * The only criticality words the contracts use (004, Blanquefort and Saint-Aubin, indicator
 * 3.3.2: "incidents bloquant / non bloquant"). Most severe first.
 */
export const SAISINE_CRITICALITIES = ["bloquant", "non-bloquant"] as const;
export type SaisineCriticality = (typeof SAISINE_CRITICALITIES)[number];
