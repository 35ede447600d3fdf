import { describe, expect, test } from "vitest";
import { compareFrench, ofName, sortFrench } from "./french.ts";

describe("ofName", () => {
  test.each([
    ["Bègles", "de Bègles"],
    ["Aurélie Martin", "d'Aurélie Martin"],
    ["Ambarès-et-Lagrave", "d'Ambarès-et-Lagrave"],
    ["Eysines", "d'Eysines"],
    ["Éric Petit", "d'Éric Petit"],
    ["Hélène Roux", "d'Hélène Roux"],
    ["Yves Leroy", "d'Yves Leroy"],
    ["Le Bouscat", "du Bouscat"],
    ["Le Haillan", "du Haillan"],
    ["Les Lilas", "des Lilas"],
    ["La Teste-de-Buch", "de La Teste-de-Buch"],
    ["Lormont", "de Lormont"],
    ["  Bruges ", "de Bruges"],
  ])("%s → %s", (name, expected) => {
    expect(ofName(name)).toBe(expected);
  });
});

describe("sortFrench", () => {
  test("Bègles before Bruges, accents and capitals with their letter", () => {
    expect(
      sortFrench(
        ["Bruges", "Bègles", "Eysines", "Ambarès-et-Lagrave", "élodie", "Bordeaux"],
        (s) => s,
      ),
    ).toEqual(["Ambarès-et-Lagrave", "Bègles", "Bordeaux", "Bruges", "élodie", "Eysines"]);
  });
  test("numbers in names sort by value", () => {
    expect(["Équipe 10", "Équipe 2"].sort(compareFrench)).toEqual(["Équipe 2", "Équipe 10"]);
  });
});
