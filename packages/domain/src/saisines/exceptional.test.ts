import { describe, expect, test } from "vitest";
import {
  exceptionalDecisionAction,
  exceptionalDecisionInput,
  exceptionalDecisionSchema,
} from "./exceptional.ts";

const managers = {
  communeManager: { name: "Claire Moreau", function: "Directrice générale des services" },
  sharedServiceManager: { name: "Marc Dubois", function: "Directeur général du service commun" },
};
const accepted = {
  outcome: "acceptee",
  decidedOn: "2026-05-13",
  reasons: "Élection partielle : équipement du bureau de vote hors contrat.",
  adaptedMeans: "Deux techniciens le dimanche 17 mai, refacturés.",
  ...managers,
};

describe("exceptionalDecisionSchema — both sides' managers decide, with reasons", () => {
  test("accepted with adapted means", () => {
    expect(exceptionalDecisionSchema.parse(accepted)).toEqual(accepted);
    expect(exceptionalDecisionAction("acceptee")).toBe("accepter-exception");
    expect(exceptionalDecisionAction("declinee")).toBe("decliner-exception");
  });

  test.each([
    [
      { adaptedMeans: undefined },
      "adaptedMeans",
      "Une saisine exceptionnelle acceptée précise les moyens adaptés qui lui sont consacrés.",
    ],
    [
      { outcome: "declinee" },
      "adaptedMeans",
      "Une saisine déclinée ne reçoit pas de moyens : retirez-les ou acceptez-la.",
    ],
    [{ reasons: "non" }, "reasons", "Motivez la décision (10 caractères au moins)."],
    [
      { decidedOn: "2026-02-30" },
      "decidedOn",
      "Date invalide : format AAAA-MM-JJ attendu (ex. 2018-07-01).",
    ],
    [
      { sharedServiceManager: undefined },
      "sharedServiceManager",
      "Invalid input: expected object, received undefined",
    ],
    [
      { communeManager: { name: "C", function: "DGS" } },
      "communeManager.name",
      "Indiquez le nom du responsable.",
    ],
  ])("%j → %s", (change, path, message) => {
    const result = exceptionalDecisionSchema.safeParse({ ...accepted, ...change });
    expect(result.success).toBe(false);
    const found = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    if (path === "sharedServiceManager") expect(found?.map(([p]) => p)).toContain(path);
    else expect(found).toContainEqual([path, message]);
  });

  test("the API input names the saisine", () => {
    expect(exceptionalDecisionInput.safeParse(accepted).success).toBe(false);
    expect(
      exceptionalDecisionInput.safeParse({
        ...accepted,
        saisineId: "5d1f0a7e-2c3b-4f8a-9c1d-3e2b1a0f9e88",
      }).success,
    ).toBe(true);
  });
});
