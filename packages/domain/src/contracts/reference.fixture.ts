/**
 * Test-only access to the reference data extracted from the seeds (../shared/reference/communes.json,
 * copied into the repo for the demo seed so that a clone is self-sufficient). Read from disk, never
 * bundled into src.
 */
import { readFileSync } from "node:fs";

const REFERENCE_URL = new URL("../../../db/src/seed/data/reference-communes.json", import.meta.url);

type ReferenceFile = {
  communes: Array<{ name: string; slug: string } & Record<string, unknown>>;
  sourceIssues: unknown[];
};

let cache: ReferenceFile | undefined;

export function referenceData(): ReferenceFile {
  cache ??= JSON.parse(readFileSync(REFERENCE_URL, "utf8")) as ReferenceFile;
  return cache;
}

export function referenceCommune(slug: string) {
  const commune = referenceData().communes.find((c) => c.slug === slug);
  if (!commune) throw new Error(`Commune absente des données de référence : ${slug}`);
  return commune;
}
