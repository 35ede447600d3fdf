import { describe, expect, test } from "vitest";
import { staffingFor } from "./staffing.ts";

describe("staffingFor — agents added as members join the socle complet (seed 002 art. 6)", () => {
  test.each([
    [0, null],
    [1, 1],
    [9, 1],
    [10, 2],
    [20, 2],
    [21, 3],
    [31, 3],
  ])("%i socle complet members → %s extra FTE", (members, fte) => {
    expect(staffingFor(members)?.extraFte ?? null).toBe(fte);
  });
});
