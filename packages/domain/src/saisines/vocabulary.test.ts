import { describe, expect, test } from "vitest";
import {
  canSeeComment,
  isFinalSaisineStatus,
  SAISINE_CRITICALITIES,
  SAISINE_STATUSES,
} from "./vocabulary.ts";

describe("saisine vocabulary", () => {
  test("criticalities are listed most severe first", () => {
    expect(SAISINE_CRITICALITIES).toEqual(["bloquant", "non-bloquant"]);
  });

  test("only closed and refused saisines are final", () => {
    expect(SAISINE_STATUSES.filter(isFinalSaisineStatus)).toEqual(["close", "refusee"]);
  });

  test.each([
    ["commune", "public", true],
    ["commune", "interne", false],
    ["operator", "public", true],
    ["operator", "interne", true],
  ] as const)("%s sees a %s comment: %s", (side, visibility, expected) => {
    expect(canSeeComment(side, visibility)).toBe(expected);
  });
});
