import { describe, expect, test } from "vitest";
import { z } from "zod";
import { inputRefusal, nulCharacterFields, unknownFields } from "./input-checks.ts";

const person = z.object({ name: z.string(), tags: z.array(z.object({ code: z.string() })) });
const kinds = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("a"), a: z.string() }),
  z.object({ kind: z.literal("b"), b: z.number() }),
]);

describe("unknownFields", () => {
  test.each<[string, z.ZodType | undefined, unknown, string[]]>([
    ["a known object", person, { name: "x", tags: [] }, []],
    ["an extra top-level field", person, { name: "x", tags: [], extra: 1 }, ["extra"]],
    [
      "an extra field in an array item",
      person,
      { name: "x", tags: [{ code: "c", x: 1 }] },
      ["tags.0.x"],
    ],
    [
      "through optional, default and pipe",
      z.object({ o: person.optional() }).default({}).pipe(z.any()),
      { o: { name: "x", tags: [], y: 2 } },
      ["o.y"],
    ],
    ["a discriminated union picks its option", kinds, { kind: "b", b: 1 }, []],
    ["a union's extra field", kinds, { kind: "a", a: "x", c: 1 }, ["c"]],
    [
      "another option's field is unknown to the option named",
      kinds,
      { kind: "a", a: "x", b: 1 },
      ["b"],
    ],
    [
      "a record's values",
      z.record(z.string(), person),
      { k: { name: "x", tags: [], z: 0 } },
      ["k.z"],
    ],
    [
      "a passthrough object knows every key",
      z.looseObject({ a: z.string() }),
      { a: "x", b: 1 },
      [],
    ],
    ["a procedure without input: every key is unknown", undefined, { a: 1 }, ["a"]],
    ["nothing sent", person, undefined, []],
    [
      "an intersection knows both sides",
      z.intersection(z.object({ a: z.string() }), z.object({ b: z.string() })),
      { a: "", b: "", c: "" },
      ["c"],
    ],
  ])("%s", (_name, schema, value, expected) => {
    expect(unknownFields(schema, value)).toEqual(expected);
  });
});

describe("nulCharacterFields", () => {
  test.each<[string, unknown, string[]]>([
    ["clean text", { title: "Imprimante", list: ["a"] }, []],
    ["a NUL in a nested value", { filters: { search: "abc\u0000" } }, ["filters.search"]],
    ["a NUL in a key", Object.fromEntries([["a\u0000", 1]]), ["_"]],
    ["a NUL in an array item", { ids: ["x", "\u0000"] }, ["ids.1"]],
    ["a bare string", "\u0000", ["_"]],
  ])("%s", (_name, value, expected) => {
    expect(nulCharacterFields(value)).toEqual(expected);
  });
});

describe("inputRefusal", () => {
  test("names the unknown fields in French", () => {
    expect(inputRefusal([person], { name: "x", tags: [], foo: 1, bar: 2 })).toEqual({
      message: "Champs inconnus : foo, bar.",
      fieldErrors: { foo: ["Champ inconnu."], bar: ["Champ inconnu."] },
    });
    expect(inputRefusal([person], { name: "x", tags: [], foo: 1 })?.message).toBe(
      "Champ inconnu : foo.",
    );
  });
  test("a NUL character is refused first, field by field", () => {
    expect(inputRefusal([person], { name: "a\u0000", extra: 1 })).toEqual({
      message: "Certaines informations contiennent un caractère non autorisé (caractère nul).",
      fieldErrors: { name: ["Caractère non autorisé (caractère nul)."] },
    });
  });
  test("chained schemas: a field known to one of them is known", () => {
    const a = z.object({ orgId: z.string() });
    expect(inputRefusal([a, person], { orgId: "o", name: "x", tags: [] })).toBeNull();
  });
  test.each<[string, unknown]>([
    ["a number", 42],
    ["a text", "texte"],
    ["a list", ["valeur"]],
    ["a yes", true],
  ])("a procedure without input refuses %s rather than run as if nothing was sent", (_n, value) => {
    expect(inputRefusal([], value)).toEqual({
      message: "Cette demande n'attend aucune information : n'en envoyez pas.",
      fieldErrors: { _: ["Cette demande n'attend aucune information : n'en envoyez pas."] },
    });
  });
  test.each<[string, unknown]>([
    ["nothing", undefined],
    ["null", null],
    ["an empty group of fields", {}],
  ])("a procedure without input accepts %s", (_n, value) => {
    expect(inputRefusal([], value)).toBeNull();
  });
  test("a valid input passes", () => {
    expect(inputRefusal([person], { name: "x", tags: [{ code: "c" }] })).toBeNull();
  });
});
