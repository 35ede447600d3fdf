import { expect, test } from "vitest";
import { raiseArbitrationInput, recordArbitrationInput } from "../arbitrations/arbitration.ts";
import { exceptionalDecisionInput } from "./exceptional.ts";
import {
  addInformationInput,
  assignSaisineInput,
  bulkAssignSaisinesInput,
  createSaisineInput,
  pauseSaisineInput,
  saisineActionInput,
} from "./inputs.ts";

const SAISINE = "5d1f0a7e-2c3b-4f8a-9c1d-3e2b1a0f9e88";

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

test("a filing with nothing chosen asks for each choice, and says what is wrong with the rest at once", () => {
  expect(
    messages(
      createSaisineInput.safeParse({
        orgId: "0b6a4e0e-6f5c-4b8e-9a55-0c2f1f1c1a01",
        type: "",
        subDomain: "",
        criticality: "",
        title: "ab",
      }),
    ),
  ).toEqual({
    type: "Choisissez le type de saisine.",
    subDomain: "Choisissez le sous-domaine concerné.",
    nature: "Choisissez la nature de la saisine.",
    criticality: "Choisissez la criticité.",
    title: "L'objet doit compter 3 caractères au moins.",
  });
});

test.each([
  [
    assignSaisineInput,
    { saisineId: SAISINE },
    { assignee: "Choisissez à qui attribuer la saisine." },
  ],
  [
    bulkAssignSaisinesInput,
    { items: [] },
    {
      items: "Cochez au moins une saisine dans la file.",
      assignee: "Choisissez à qui attribuer la saisine.",
    },
  ],
  [
    pauseSaisineInput,
    { saisineId: SAISINE, waitingFor: "", note: " " },
    {
      waitingFor: "Précisez ce qui est attendu : la commune ou un tiers.",
      note: "Indiquez ce qui est attendu, et de qui.",
    },
  ],
  [
    addInformationInput,
    { saisineId: SAISINE, body: "" },
    { body: "Indiquez l'information à ajouter." },
  ],
  [
    saisineActionInput("resoudre"),
    { saisineId: SAISINE },
    { note: "Décrivez la solution apportée." },
  ],
  [saisineActionInput("confirmer"), { saisineId: SAISINE }, {}],
  [
    raiseArbitrationInput,
    { saisineId: SAISINE, kind: "", subject: "Le planning des travaux ne convient pas." },
    { kind: "Choisissez l'objet du désaccord." },
  ],
  [
    raiseArbitrationInput,
    { saisineId: SAISINE, kind: "priorite", subject: "Le planning des travaux ne convient pas." },
    { kind: "Objet attendu : programmation ou fond." },
  ],
])(
  "%# missing or wrong choices are worded for the person filling the form",
  (schema, input, expected) => {
    expect(messages(schema.safeParse(input))).toEqual(expected);
  },
);

test("recording a level and an exceptional decision ask for their date and choice", () => {
  const record = messages(
    recordArbitrationInput.safeParse({
      arbitrationId: SAISINE,
      level: 1,
      kind: "programmation",
      heldOn: "",
      participants: [],
      outcome: "",
      decision: "Accord trouvé sur le calendrier.",
    }),
  );
  expect(record.heldOn).toBe("Indiquez la date de la réunion.");
  expect(record.outcome).toBe("Choisissez l'issue de la réunion.");
  expect(
    messages(exceptionalDecisionInput.safeParse({ saisineId: SAISINE, outcome: "" })).outcome,
  ).toBe("Choisissez la décision.");
});
