import { describe, expect, test } from "vitest";
import {
  canSeeComment,
  compareCriticality,
  isFinalSaisineStatus,
  SAISINE_CRITICALITIES,
  SAISINE_STATUSES,
  type SaisineCriticality,
} from "./vocabulary.ts";

describe("saisine vocabulary", () => {
  test("criticalities sort most severe first", () => {
    const list: SaisineCriticality[] = ["non-bloquant", "bloquant", "non-bloquant"];
    expect(list.sort(compareCriticality)).toEqual(["bloquant", "non-bloquant", "non-bloquant"]);
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
