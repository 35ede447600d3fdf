import { expect, test } from "vitest";
import { passwordVerdict } from "./password-strength.ts";

test.each<[string, string, readonly string[], boolean]>([
  ["too short", "Zq8!vK2p", [], false],
  ["a known password, long enough", "motdepasse123", [], false],
  ["a French word repeated", "bonjourbonjour", [], false],
  ["a keyboard walk", "azertyuiop123", [], false],
  [
    "the person's own name and year",
    "camillemartin2026",
    ["Camille Martin", "camille.martin@begles.fr"],
    false,
  ],
  ["a city, a year and punctuation", "Bordeaux2026!!", [], false],
  ["a long phrase of unrelated words", "girafe parapluie tonnerre violon", [], true],
  ["random characters", "k7#Qm9!xRv2@Lp", [], true],
])("%s", (_name, password, context, acceptable) => {
  const verdict = passwordVerdict(password, context);
  expect(verdict.acceptable).toBe(acceptable);
  if (!acceptable) expect(verdict.problems.length).toBeGreaterThan(0);
});

test("the refusal speaks French", () => {
  const { problems } = passwordVerdict("motdepasse123");
  expect(problems[0]).toBe("Ce mot de passe est trop facile à deviner.");
  expect(problems.join(" ")).not.toMatch(/password|Add another/i);
});
