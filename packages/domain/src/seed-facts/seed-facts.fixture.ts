/**
 * Test-only access to the seed facts (packages/db/src/seed/data/communes.json, a copy of
 * shared/reference/communes.json kept in the repo so that a clone is self-sufficient). Read from
 * disk, never bundled into src.
 */
import { readFileSync } from "node:fs";
import type { Annex } from "../contracts/annex.ts";
import { annexFromSeedFacts } from "./annex.ts";

const SEED_FACTS_URL = new URL("../../../db/src/seed/data/communes.json", import.meta.url);

type SeedFactsFile = {
  communes: Array<{ name: string; slug: string } & Record<string, unknown>>;
  sourceIssues: unknown[];
};

let cache: SeedFactsFile | undefined;

export function seedFacts(): SeedFactsFile {
  cache ??= JSON.parse(readFileSync(SEED_FACTS_URL, "utf8")) as SeedFactsFile;
  return cache;
}

export function seedFactsCommune(slug: string) {
  const commune = seedFacts().communes.find((c) => c.slug === slug);
  if (!commune) throw new Error(`Commune absente des faits tirés des seeds : ${slug}`);
  return commune;
}

const annexes = new Map<string, Annex>();

/** A commune's current annex from the seed facts, built once per test file. */
export function seedFactsAnnex(slug: string): Annex {
  let annex = annexes.get(slug);
  if (!annex) {
    annex = annexFromSeedFacts(seedFactsCommune(slug));
    annexes.set(slug, annex);
  }
  return annex;
}
