import { describe, expect, test } from "vitest";
import { jsonErrorPosition } from "./json-syntax.ts";

describe("jsonErrorPosition", () => {
  test.each([
    { text: '{\n  "a": 1,\n  "b": }', where: " (ligne 3, colonne 8)" },
    { text: '{"a": 1,}', where: " (ligne 1, colonne 9)" },
    { text: "[1, 2\n", where: " (ligne 2, colonne 1)" },
    { text: '{"a": "unterminated', where: " (ligne 1, colonne 20)" },
    { text: '{"a": tru}', where: " (ligne 1, colonne 7)" },
    { text: "{} {}", where: " (ligne 1, colonne 4)" },
    { text: '{"a": [1, {"b": null}], "c": -1.5e3, "d": "\\"x\\""}', where: "" },
  ])("$text → '$where'", ({ text, where }) => {
    expect(jsonErrorPosition(text)).toBe(where);
  });

  test("agrees with JSON.parse on what is valid", () => {
    for (const text of ['"x"', "0", "-0.5", "[]", "{}", " null ", '{"é": "\\u00e9"}']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorPosition(text)).toBe("");
    }
  });
});
