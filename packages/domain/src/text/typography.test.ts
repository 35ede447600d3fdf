import { describe, expect, test } from "vitest";
import {
  frenchChange,
  frenchAgreement,
  frenchCount,
  frenchNumber,
  frenchNumero,
  frenchPercent,
  frenchPointChange,
  frenchTypography,
  NBSP,
  NNBSP,
  shortMinutes,
} from "./typography.ts";

const show = (s: string) => s.replaceAll(NBSP, "⍽").replaceAll(NNBSP, "·");

describe("frenchTypography", () => {
  test.each<[string, string]>([
    ["Objet : bilan", "Objet⍽: bilan"],
    ["Objet: bilan", "Objet⍽: bilan"],
    ["Objet\u00a0: déjà insécable", "Objet⍽: déjà insécable"],
    ["Vraiment ? Oui !", "Vraiment·? Oui·!"],
    ["Vraiment? Oui!", "Vraiment·? Oui·!"],
    ["un ; deux", "un·; deux"],
    ["Quoi ?!", "Quoi·?!"],
    ["« Bilan annuel »", "«·Bilan annuel·»"],
    ["«Bilan»", "«·Bilan·»"],
    ["réunion à 14:30", "réunion à 14:30"],
    // After a number, the space before the colon becomes the no-break one (it was doubled).
    ["Indicateur 2.1.1 : charge", "Indicateur 2.1.1⍽: charge"],
    ["Étape 1: fin", "Étape 1: fin"],
    ["voir https://example.fr/a?b=c!", "voir https://example.fr/a?b=c!"],
    ["Note : voir https://x.fr/p:1 ; merci", "Note⍽: voir https://x.fr/p:1·; merci"],
    [": en tête de texte", ": en tête de texte"],
    ["ligne\n: suite", "ligne\n: suite"],
    ["", ""],
    ["l'année d'évaluation", "l’année d’évaluation"],
    ["'cité' et 3'", "'cité' et 3'"],
  ])("%j", (input, expected) => expect(show(frenchTypography(input))).toBe(expected));

  test("idempotent", () => {
    const once = frenchTypography("« Oui » : non ; peut-être ?");
    expect(frenchTypography(once)).toBe(once);
  });
});

describe("French numbers", () => {
  test.each<[number, number, string]>([
    [0, 0, "0"],
    [999, 0, "999"],
    [1000, 0, "1·000"],
    [12345.5, 1, "12·345,5"],
    [1000000, 0, "1·000·000"],
    [-1500, 0, "−1·500"],
    [2.005, 2, "2,01"],
  ])("%d with %d decimals → %s", (value, decimals, expected) =>
    expect(show(frenchNumber(value, decimals))).toBe(expected),
  );

  test.each<[number, string]>([
    [100, "100⍽%"],
    [95.5, "95,5⍽%"],
    [66.67, "66,67⍽%"],
    [0, "0⍽%"],
  ])("percent %d → %s", (value, expected) => expect(show(frenchPercent(value))).toBe(expected));

  test.each<[number, string]>([
    [0, "0⍽saisine"],
    [1, "1⍽saisine"],
    [2, "2⍽saisines"],
    [12345, "12·345⍽saisines"],
  ])("count %d → %s", (n, expected) => expect(show(frenchCount(n, "saisine"))).toBe(expected));

  test("numero", () => expect(frenchNumero(3)).toBe("n°\u00a03"));

  test.each<[number, string]>([
    [0, "est en retard"],
    [1, "est en retard"],
    [2, "sont en retard"],
    [14, "sont en retard"],
  ])("%d agrees with « %s »", (n, expected) =>
    expect(frenchAgreement(n, "est en retard", "sont en retard")).toBe(expected),
  );
});

describe("changes and durations", () => {
  test.each<[number, number, string]>([
    [104, 100, "+4⍽%"],
    [1042, 1000, "+4,2⍽%"],
    [88, 100, "−12⍽%"],
    [5, 0, "—"],
    [7, 7, "="],
  ])("%d after %d → %s", (current, previous, expected) =>
    expect(show(frenchChange(current, previous))).toBe(expected),
  );

  test.each<[number | null, number | null, string]>([
    [97.5, 95, "+2,5⍽pts"],
    [94, 95, "−1⍽pt"],
    [95, 95, "="],
    [null, 95, "—"],
    [95, null, "—"],
  ])("%s after %s → %s", (current, previous, expected) =>
    expect(show(frenchPointChange(current, previous))).toBe(expected),
  );

  test.each<[number, string]>([
    [0, "0⍽min"],
    [45, "45⍽min"],
    [60, "1⍽h"],
    [125, "2⍽h⍽05"],
    [1860, "31⍽h"],
  ])("%d minutes → %s", (minutes, expected) => expect(show(shortMinutes(minutes))).toBe(expected));
});
