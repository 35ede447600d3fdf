import { describe, expect, test } from "vitest";
import { z } from "zod";
import { FRENCH_ERRORS, fieldErrorsOf } from "./field-errors.ts";

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { error: FRENCH_ERRORS });
  if (result.success) throw new Error("accepted");
  return result.error.issues.map((i) => i.message);
};

describe("the French words of the checks no schema words", () => {
  test.each<[string, z.ZodType, unknown, string]>([
    ["a field left out", z.string(), undefined, "Champ obligatoire."],
    ["an empty text where one is required", z.string().min(1), "", "Champ obligatoire."],
    ["a number for a text", z.string(), 42, "Valeur invalide : un texte est attendu."],
    ["a text for a number", z.number(), "NaN", "Valeur invalide : un nombre est attendu."],
    [
      "a fraction for a whole number",
      z.number().int(),
      1.5,
      "Valeur invalide : un nombre entier est attendu.",
    ],
    [
      "a list for a group of fields",
      z.object({}),
      [],
      "Valeur invalide : un ensemble de champs est attendu.",
    ],
    ["an object for a list", z.array(z.string()), {}, "Valeur invalide : une liste est attendue."],
    ["a word for yes or no", z.boolean(), "oui", "Valeur invalide : oui ou non est attendu."],
    [
      "null for a group of fields",
      z.object({}),
      null,
      "Valeur invalide : un ensemble de champs est attendu.",
    ],
    [
      "a word outside a list, its codes untold",
      z.enum(["interne", "public"]),
      "secret",
      "Valeur inconnue : choisissez parmi celles proposées.",
    ],
    ["a single allowed value", z.literal(true), false, "Valeur invalide."],
    [
      "a text too long, in French numbers",
      z.string().max(2000),
      "a".repeat(2001),
      "Texte trop long : 2\u202f000 caractères au plus.",
    ],
    ["a text too short", z.string().min(8), "court", "Texte trop court : 8 caractères au moins."],
    [
      "too many items",
      z.array(z.string()).max(3),
      ["a", "b", "c", "d"],
      "Trop d'éléments : 3 au plus.",
    ],
    ["an empty list", z.array(z.string()).min(1), [], "Au moins un élément est attendu."],
    ["a negative number", z.number().int().min(0), -1, "Nombre trop petit : 0 au moins."],
    ["not strictly positive", z.number().positive(), 0, "Nombre trop petit : plus de 0 attendu."],
    ["a number too large", z.number().max(100), 101, "Nombre trop grand : 100 au plus."],
    [
      "beyond the safe integers",
      z.number().int(),
      1e21,
      "Nombre trop grand : 9\u202f007\u202f199\u202f254\u202f740\u202f991 au plus.",
    ],
    ["half days", z.number().multipleOf(0.5), 0.3, "Nombre invalide : multiple de 0,5 attendu."],
    ["a broken identifier", z.uuid(), "pas-un-uuid", "Identifiant invalide."],
    ["an address", z.email(), "pas une adresse", "Adresse électronique invalide."],
    ["a web address", z.url(), "pas une adresse", "Adresse web invalide."],
    ["30 February", z.iso.date(), "2026-02-30", "Date invalide : format AAAA-MM-JJ attendu."],
    [
      "29 February of a common year",
      z.iso.date(),
      "2025-02-29",
      "Date invalide : format AAAA-MM-JJ attendu.",
    ],
    ["a moment", z.iso.datetime(), "hier soir", "Date et heure invalides."],
    ["a pattern", z.string().regex(/^\d{4}$/), "inconnu", "Format invalide."],
    ["a refinement without words", z.string().refine(() => false), "x", "Valeur invalide."],
    ["an unknown key of a strict object", z.strictObject({}), { a: 1 }, "Champ inconnu."],
  ])("%s", (_name, schema, value, expected) => {
    expect(messageOf(schema, value)).toEqual([expected]);
  });

  test("29 February of a leap year is a date", () => {
    expect(z.iso.date().safeParse("2024-02-29").success).toBe(true);
  });

  test("a schema's own words come first", () => {
    expect(messageOf(z.string().min(1, "Donnez un titre."), "")).toEqual(["Donnez un titre."]);
  });
});

describe("fieldErrorsOf", () => {
  const markRead = z.union([
    z.object({ ids: z.array(z.uuid()).min(1) }),
    z.object({ all: z.literal(true) }),
  ]);
  const errorsOf = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value, { error: FRENCH_ERRORS });
    if (result.success) throw new Error("accepted");
    return fieldErrorsOf(result.error);
  };

  test("each message under its field's path", () => {
    expect(
      errorsOf(z.object({ title: z.string(), items: z.array(z.object({ id: z.uuid() })) }), {
        title: 1,
        items: [{ id: "x" }],
      }),
    ).toEqual({
      title: ["Valeur invalide : un texte est attendu."],
      "items.0.id": ["Identifiant invalide."],
    });
  });

  test("the whole input under « _ »", () => {
    expect(errorsOf(z.object({}), 42)).toEqual({
      _: ["Valeur invalide : un ensemble de champs est attendu."],
    });
  });

  test.each<[string, unknown, Record<string, string[]>]>([
    [
      "the option whose fields were sent",
      { ids: "x" },
      { ids: ["Valeur invalide : une liste est attendue."] },
    ],
    ["the other option", { all: false }, { all: ["Valeur invalide."] }],
    ["inside the option's field", { ids: ["x"] }, { "ids.0": ["Identifiant invalide."] }],
  ])("a union: %s", (_name, value, expected) => {
    expect(errorsOf(markRead, value)).toEqual(expected);
  });

  test("a union inside an object keeps the object's path", () => {
    expect(errorsOf(z.object({ filter: markRead }), { filter: { ids: 3 } })).toEqual({
      "filter.ids": ["Valeur invalide : une liste est attendue."],
    });
  });

  test("a discriminated union's unknown tag lands on the tag", () => {
    const kinds = z.discriminatedUnion("view", [
      z.object({ view: z.literal("commune") }),
      z.object({ view: z.literal("operator") }),
    ]);
    expect(errorsOf(kinds, { view: "autre" })).toEqual({
      view: ["Valeur inconnue : choisissez parmi celles proposées."],
    });
  });
});
