import { expect, test } from "vitest";
import { advanceProjectInput } from "./inputs.ts";

const projectId = "00000000-0000-4000-8000-000000000000";

test.each<[string, unknown, string | null]>([
  ["the phase the page showed", "cadrage", null],
  ["no phase", undefined, "Phase actuelle attendue."],
  ["an empty one", "", "Phase actuelle attendue."],
  ["a word that is no phase", "inconnu", "Phase inconnue : rechargez la page."],
  ["60,000 characters", "a".repeat(60_000), "Phase inconnue : rechargez la page."],
])("advancing a project from %s", (_name, from, message) => {
  const result = advanceProjectInput.safeParse({ projectId, from });
  expect(result.success ? null : result.error.issues[0]?.message).toBe(message);
});
