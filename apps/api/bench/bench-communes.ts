/** The communes the benchmarks add to the demo's, numbered after its twelve, as members of its operator. */

/** Commune slugs in bench order: the twelve of the demo, then « commune-banc-13 »… */
export const benchCommuneSlug = (n: number) => `commune-banc-${n}`;

/** The organisation row of bench commune n; each bench adds its own population and details. */
export const benchCommune = (n: number, operatorId: string) => ({
  kind: "commune" as const,
  operatorId,
  name: `Commune de banc ${n}`,
  slug: benchCommuneSlug(n),
});
