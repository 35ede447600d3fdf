import { expect, test } from "vitest";
import { metropoleRole } from "./roles.ts";

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
