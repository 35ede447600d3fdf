/**
 * @mutu/domain/seed-facts — the seed facts (communes.json) turned into contract annexes, for the demo
 * seed, tests and benchmarks. Not a rule of the domain, so not exported from `@mutu/domain`.
 */
export { annexFromSeedFacts } from "./annex.ts";
export { SeedFactsImportError } from "./errors.ts";
export {
  type AnnexFromSeedFactsOptions,
  type AnnexVariant,
  type SeedFactsCommune,
  seedFactsCommuneSchema,
} from "./schema.ts";
