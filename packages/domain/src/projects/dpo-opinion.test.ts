import { describe, expect, test } from "vitest";
import { dpoOpinionRecorder, dpoOpinionRefusal, dpoSignature } from "./dpo-opinion.ts";

describe("who records the DPO's opinion on a project (004 V-e)", () => {
  test.each([
    ["the commune's DPO", "commune", ["projects.read", "rgpd.opinion"], "dpo"],
    ["the Métropole's DPO (a shared DPO)", "operator", ["rgpd.opinion"], "dpo"],
    ["the communal referent, for the DPO", "operator", ["projects.manage"], "shared-service"],
    ["a commune agent", "commune", ["projects.read", "saisines.create"], null],
    ["the RGPD correspondent (no opinion)", "commune", ["rgpd.read", "rgpd.manage"], null],
    // projects.manage is the operator's; a commune holding it by mistake still is not the DPO.
    ["a commune with projects.manage", "commune", ["projects.manage"], null],
  ] as const)("%s", (_, side, permissions, expected) => {
    expect(dpoOpinionRecorder({ side, permissions })).toBe(expected);
  });
});

describe("when an opinion is refused", () => {
  const project = { kind: "projet" as const, personalData: true };
  const today = "2026-03-16";
  test("a project without personal data, or a mission, has no opinion", () => {
    expect(dpoOpinionRefusal({ ...project, personalData: false }, today, today)?.field).toBe(
      "opinion",
    );
    expect(dpoOpinionRefusal({ ...project, personalData: null }, today, today)?.field).toBe(
      "opinion",
    );
    expect(dpoOpinionRefusal({ ...project, kind: "mission" }, today, today)?.field).toBe("opinion");
  });
  test("an opinion is dated today at the latest (Paris day)", () => {
    expect(dpoOpinionRefusal(project, today, today)).toBeNull();
    expect(dpoOpinionRefusal(project, "2026-03-17", today)?.message).toBe(
      "L'avis est consigné une fois rendu : la date ne peut pas être à venir.",
    );
    expect(dpoOpinionRefusal(project, "2024-02-29", today)).toBeNull();
  });
});

test("an opinion is signed in the signer's capacity", () => {
  expect(dpoSignature("dpo", "Bègles")).toBe("délégué à la protection des données, Bègles");
  expect(dpoSignature("shared-service", "Bordeaux Métropole")).toBe(
    "service commun (Bordeaux Métropole), pour le délégué à la protection des données",
  );
});
