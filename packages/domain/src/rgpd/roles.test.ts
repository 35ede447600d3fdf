import { describe, expect, test } from "vitest";
import { metropoleResponsibility, metropoleRole } from "./roles.ts";

test.each([
  [
    { ownProcessing: true, definedPurposesAndMeansAsContractingAuthority: false },
    "controller",
    /Traitement propre/,
  ],
  // Its own processing stays its own, even if it also acted as contracting authority.
  [
    { ownProcessing: true, definedPurposesAndMeansAsContractingAuthority: true },
    "controller",
    /Traitement propre/,
  ],
  [
    { ownProcessing: false, definedPurposesAndMeansAsContractingAuthority: true },
    "joint-controller",
    /pouvoir adjudicateur/,
  ],
  [
    { ownProcessing: false, definedPurposesAndMeansAsContractingAuthority: false },
    "processor",
    /pour le compte de la commune/,
  ],
] as const)("%j → %s", (facts, role, reason) => {
  const result = metropoleRole(facts);
  expect(result.role).toBe(role);
  expect(result.reason).toMatch(reason);
});

describe("metropoleResponsibility — V-j and V-k", () => {
  const base = {
    ownProcessing: false,
    definedPurposesAndMeansAsContractingAuthority: false,
    standardNotifiedOn: "2019-03-01",
    recordedOn: "2024-05-02",
  };
  test.each([
    [{ path: "direct" }, "processor", null],
    [{ path: "legacy" }, "processor", /ne peut être recherchée.*V-k/],
    [{ path: "outside-process" }, "processor", /dégage expressément toute responsabilité/],
    // Not notified before the processing was recorded: the clause cannot be relied on.
    [
      { path: "outside-process", standardNotifiedOn: "2024-06-01" },
      "processor",
      /ne peut pas lui être opposée/,
    ],
    [
      { path: "outside-process", standardNotifiedOn: null },
      "processor",
      /ne peut pas lui être opposée/,
    ],
    // Its own processing: no clause limits what the Métropole answers for.
    [{ path: "legacy", ownProcessing: true }, "controller", null],
  ] as const)("%j → %s", (facts, role, caveat) => {
    const result = metropoleResponsibility({ ...base, ...facts });
    expect(result.role).toBe(role);
    if (caveat === null) expect(result.caveat).toBeNull();
    else expect(result.caveat).toMatch(caveat);
  });
});
