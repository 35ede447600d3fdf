import { describe, expect, test } from "vitest";
import {
  appendDisagreementStep,
  designationProblems,
  nextDisagreementStep,
  processorContractState,
  rgpdInterlocutors,
} from "./organisation.ts";

test.each([
  [false, "", /indiquez le délégué/],
  [false, "Claire Moreau", null],
  [true, "", null],
  [true, "Claire Moreau", /modifiez l'option par avenant/],
  [null, "", null],
] as const)("DPO shared %s, own DPO « %s »", (shared, ownDpoName, message) => {
  const problems = designationProblems(shared, { ownDpoName, missionLetterReference: "" });
  if (message === null) expect(problems).toEqual({});
  else expect(problems.ownDpoName?.[0]).toMatch(message);
});

test("without correspondents, the DGS is the DPO's interlocutor (V-c)", () => {
  expect(rgpdInterlocutors([], ["DGS"])).toEqual({ byDefault: true, people: ["DGS"] });
  expect(rgpdInterlocutors(["Correspondant"], ["DGS"])).toEqual({
    byDefault: false,
    people: ["Correspondant"],
  });
});

test.each([
  [null, "2026-01-15", "unknown"],
  ["2026-01-15", "2026-01-15", "expired"],
  ["2026-04-15", "2026-01-15", "expiring"], // 90 days ahead, to the day
  ["2026-04-16", "2026-01-15", "valid"],
  ["2028-02-29", "2027-12-01", "expiring"],
] as const)("an Art. 28 contract expiring %s, on %s → %s", (expiresOn, today, state) =>
  expect(processorContractState(expiresOn, today)).toBe(state),
);

describe("V-g: the two DGS, then the IGS, then the CNIL", () => {
  const dgs = { step: "directors-general", outcome: "unsettled", heldOn: "2026-02-02" } as const;
  const igs = { step: "inspector-general", outcome: "unsettled", heldOn: "2026-03-10" } as const;
  const cnil = { step: "cnil", outcome: "unsettled", heldOn: "2026-05-20" } as const;
  test.each([
    [[], "directors-general"],
    [[dgs], "inspector-general"],
    [[dgs, igs], "cnil"],
  ] as const)("after %j comes %s", (history, step) =>
    expect(nextDisagreementStep(history)).toEqual({ ok: true, step }),
  );
  test("nothing after the CNIL, nor after a settled step", () => {
    expect(nextDisagreementStep([dgs, igs, cnil])).toMatchObject({
      ok: false,
      error: /dernier recours/,
    });
    expect(nextDisagreementStep([{ ...dgs, outcome: "settled" }])).toMatchObject({
      ok: false,
      error: /levé/,
    });
  });
  test("steps are not skipped and dates do not go back", () => {
    expect(appendDisagreementStep([], { step: "cnil", heldOn: "2026-01-01" }).step?.[0]).toMatch(
      /dans l'ordre/,
    );
    expect(
      appendDisagreementStep([dgs], { step: "inspector-general", heldOn: "2026-01-01" })
        .heldOn?.[0],
    ).toMatch(/précéder/);
    expect(
      appendDisagreementStep([dgs], { step: "inspector-general", heldOn: "2026-02-02" }),
    ).toEqual({});
  });
});
