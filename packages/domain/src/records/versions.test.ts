import { expect, test } from "vitest";
import { STORED_INTEGER_MAX, versionSchema } from "./versions.ts";

const version = versionSchema("Version attendue.", "Version invalide.");

test.each<[string, unknown, string | null]>([
  ["the first version", 1, null],
  ["the largest the database stores", STORED_INTEGER_MAX, null],
  ["one more than it (2^31)", STORED_INTEGER_MAX + 1, "Version invalide."],
  ["10^21", 1e21, "Version invalide."],
  ["zero", 0, "Version invalide."],
  ["a negative one", -1, "Version invalide."],
  ["a fraction", 1.5, "Version invalide."],
  ["a text", "1", "Version attendue."],
  ["nothing", undefined, "Version attendue."],
])("%s", (_name, value, message) => {
  const result = version.safeParse(value);
  expect(result.success ? null : result.error.issues[0]?.message).toBe(message);
});
