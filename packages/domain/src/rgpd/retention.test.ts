import { describe, expect, test } from "vitest";
import {
  carryOutRefusal,
  finalOperations,
  firstOperations,
  nextOperation,
  retentionChains,
  retentionSteps,
} from "./retention.ts";
import { processingContentSchema } from "./processing.ts";
import { schoolRegistrations } from "./test-fixtures.ts";

const chains = retentionChains(processingContentSchema.parse(schoolRegistrations()).retention);

test("an intermediate archive has an end of its own: the data are then erased (V-f/3)", () => {
  expect(chains.map((c) => [c.key, c.action, c.months])).toEqual([
    ["0", "erase", 24],
    ["1", "intermediate-archive", 12],
    ["1:fin", "erase", 120],
  ]);
});

describe("the schedule: first pass, yearly passes, last pass at the end", () => {
  test("first passes when first data can reach their end; cutoff = due − period", () => {
    const ops = firstOperations(chains, "2024-08-31", "2025-01-10");
    expect(ops.map((o) => [o.key, o.dueOn, o.cutoffOn])).toEqual([
      ["0", "2026-08-31", "2024-08-31"],
      ["1", "2025-08-31", "2024-08-31"],
      ["1:fin", "2034-08-31", "2024-08-31"],
    ]);
  });
  test("an old processing inventoried today: its first passes are due today", () => {
    const ops = firstOperations(chains, "2009-01-01", "2025-01-10");
    expect(ops.map((o) => o.dueOn)).toEqual(["2025-01-10", "2025-01-10", "2025-01-10"]);
    expect(ops[0]?.cutoffOn).toBe("2023-01-10");
  });
  test.each([
    // On time: a year after the pass was due.
    ["2025-03-31", "2025-03-31", "2026-03-31"],
    // Done late: a year after it was done.
    ["2025-03-31", "2025-04-15", "2026-04-15"],
    // Month ends and leap years: 29 February 2028 + 12 months → 28 February 2029.
    ["2028-02-29", "2028-02-29", "2029-02-28"],
  ])("due %s, done %s → next due %s", (dueOn, doneOn, next) => {
    const first = chains[0];
    if (!first) throw new Error("setup");
    const op = { ...first, dueOn, cutoffOn: "2000-01-01", final: false };
    expect(nextOperation(op, doneOn).dueOn).toBe(next);
  });
  test("the end of a processing: a last pass per chain, for all that remains", () => {
    const ops = finalOperations(chains, "2026-01-31");
    expect(ops.map((o) => [o.dueOn, o.final])).toEqual([
      ["2028-01-31", true],
      ["2027-01-31", true],
      ["2036-01-31", true],
    ]);
  });
});

describe("who does what, and erasure only once the commune has confirmed", () => {
  test.each([
    ["erase", "planned", "commune", "operator", ["inform"]],
    ["erase", "planned", "commune", "commune", []],
    ["erase", "commune-informed", "commune", "commune", ["confirm", "decline"]],
    ["erase", "commune-informed", "commune", "operator", []],
    ["erase", "confirmed", "commune", "operator", ["carry-out"]],
    // The Métropole's own data: nobody else to ask.
    ["erase", "planned", "operator", "operator", ["carry-out"]],
    ["anonymise", "planned", "commune", "operator", ["carry-out"]],
    ["intermediate-archive", "planned", "commune", "operator", ["carry-out"]],
    // A definitive archive is the commune's decision and work (V-f/4).
    ["definitive-archive", "planned", "commune", "commune", ["carry-out"]],
    ["definitive-archive", "planned", "commune", "operator", []],
    ["erase", "done", "commune", "operator", []],
  ] as const)("%s %s (data of a %s) seen by the %s → %j", (action, status, kind, side, steps) => {
    expect(retentionSteps({ action, status }, kind, side)).toEqual(steps);
  });

  test.each([
    ["erase", "planned", "commune", /accord de la commune/],
    ["erase", "commune-informed", "commune", /accord de la commune/],
    ["erase", "declined", "commune", /n'a pas confirmé/],
    ["erase", "confirmed", "commune", null],
    ["erase", "planned", "operator", null],
    ["anonymise", "planned", "commune", null],
    ["anonymise", "done", "commune", /déjà/],
  ] as const)("carrying out %s %s (%s) → %s", (action, status, kind, refusal) => {
    const result = carryOutRefusal({ action, status }, kind);
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toMatch(refusal);
  });
});
