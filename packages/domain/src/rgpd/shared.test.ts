import { expect, test } from "vitest";
import { fieldErrorsOf } from "../errors/field-errors.ts";
import { processingContentSchema } from "./processing.ts";
import {
  adoptShared,
  applySharedVersion,
  decideProposalInput,
  proposalsFor,
  sharedDifferences,
} from "./shared.ts";
import { schoolRegistrations } from "./test-fixtures.ts";

const template = processingContentSchema.parse({
  ...schoolRegistrations(),
  name: "Gestion des ressources humaines (outil commun)",
});
const local = {
  service: "Ressources humaines de Bègles",
  estimatedPersons: 610,
  remediation: null,
};

test("adopting keeps the template and the commune's own part", () => {
  const adopted = adoptShared(template, local);
  expect(adopted.service).toBe("Ressources humaines de Bègles");
  expect(sharedDifferences(adopted, template)).toEqual([]);
});

test("a new version reaches the shared fields only; the local part stays the commune's", () => {
  const adopted = adoptShared(template, local);
  const v2 = {
    ...template,
    retention: [...template.retention].slice(0, 1),
    securityMeasures: [...template.securityMeasures, "encryption" as const],
  };
  expect(sharedDifferences(adopted, v2)).toEqual(["retention", "securityMeasures"]);
  const accepted = applySharedVersion(adopted, v2);
  expect(sharedDifferences(accepted, v2)).toEqual([]);
  expect(accepted.estimatedPersons).toBe(610);
});

test("a commune's own change to a shared field shows as a divergence", () => {
  const adopted = { ...adoptShared(template, local), recipients: ["Direction de l'éducation"] };
  expect(sharedDifferences(adopted, template)).toEqual(["recipients"]);
});

test("a new version is proposed to every adopter behind it", () => {
  expect(
    proposalsFor(
      [
        { processingId: "a", adoptedVersion: 1 },
        { processingId: "b", adoptedVersion: 3 },
        { processingId: "c", adoptedVersion: 2 },
      ],
      3,
    ),
  ).toEqual([
    { processingId: "a", fromVersion: 1, toVersion: 3 },
    { processingId: "c", fromVersion: 2, toVersion: 3 },
  ]);
});

test("declining a version says why", () => {
  const id = "7b0c8a5e-2f3d-4e1a-9b6c-1d2e3f4a5b6c";
  const refused = decideProposalInput.safeParse({ proposalId: id, accept: false, reason: "" });
  expect(refused.success).toBe(false);
  if (!refused.success) expect(fieldErrorsOf(refused.error).reason?.[0]).toMatch(/pourquoi/);
  expect(decideProposalInput.safeParse({ proposalId: id, accept: true }).success).toBe(true);
});
