import { describe, expect, test } from "vitest";
import {
  changePasswordInput,
  PASSWORD_RESET_TTL_MS,
  passwordResetEmail,
  resetLinkUsable,
  resetPasswordInput,
} from "./password.ts";

const at = new Date("2026-03-29T00:45:00Z"); // 01h45 in Paris, the night clocks go forward

describe("resetLinkUsable", () => {
  test.each([
    [
      "fresh",
      { expiresAt: new Date(at.getTime() + PASSWORD_RESET_TTL_MS), usedAt: null },
      at,
      true,
    ],
    ["one ms before the end", { expiresAt: new Date(at.getTime() + 1), usedAt: null }, at, true],
    ["at the end", { expiresAt: at, usedAt: null }, at, false],
    ["used", { expiresAt: new Date(at.getTime() + 60_000), usedAt: at }, at, false],
  ])("%s", (_name, link, now, expected) => {
    expect(resetLinkUsable(link, now)).toBe(expected);
  });
});

test("the email gives the Paris times across the change to summer time", () => {
  const mail = passwordResetEmail({
    displayName: "Camille Martin",
    organisation: "Bègles",
    link: "https://mutu.example.fr/mot-de-passe/nouveau#jeton=abc",
    requestedAt: at,
  });
  expect(mail.subject).toBe("[mutu] Choisir un nouveau mot de passe");
  expect(mail.text).toContain("le dimanche 29 mars 2026 à 01h45");
  expect(mail.text).toContain("avant 03h15"); // 30 minutes later, past the skipped hour
  expect(mail.text).toContain("https://mutu.example.fr/mot-de-passe/nouveau#jeton=abc");
});

test("inputs speak French", () => {
  const change = changePasswordInput.safeParse({ currentPassword: "", newPassword: "court" });
  expect(change.error?.issues.map((i) => i.message)).toEqual([
    "Saisissez votre mot de passe actuel.",
    "Le mot de passe doit contenir au moins 12 caractères.",
  ]);
  expect(
    resetPasswordInput.safeParse({ token: "x", newPassword: "a".repeat(12) }).error?.issues[0]
      ?.message,
  ).toMatch(/Lien de réinitialisation incomplet/);
});
