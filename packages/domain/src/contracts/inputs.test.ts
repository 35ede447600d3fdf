import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "../errors/field-errors.ts";
import {
  draftAmendmentInput,
  importAnnexInput,
  signAmendmentInput,
  versionAtInput,
  versionsToCompare,
} from "./inputs.ts";

const A = "00000000-0000-4000-8000-000000000001";
const B = "00000000-0000-4000-8000-000000000002";

const errorsOf = (schema: { safeParse(input: unknown): { error?: unknown } }, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.error ? fieldErrorsOf(parsed.error as Parameters<typeof fieldErrorsOf>[0]) : {};
};

describe("what people enter about contracts, refused in French field by field", () => {
  test.each([
    [
      "a signature without dates asks for them",
      signAmendmentInput,
      { versionId: A, signedOn: "", effectiveFrom: "" },
      { signedOn: ["Date requise."], effectiveFrom: ["Date requise."] },
    ],
    [
      "an impossible date is refused as such",
      signAmendmentInput,
      { versionId: A, signedOn: "2018-02-30", effectiveFrom: "2018-07-01" },
      { signedOn: ["Date invalide : format AAAA-MM-JJ attendu (ex. 2018-07-01)."] },
    ],
    [
      "an amendment is prepared for a reason: its subject first",
      draftAmendmentInput,
      { contractId: A, subject: "   " },
      { subject: ["Indiquez l'objet de l'avenant : ce qu'il change au contrat."] },
    ],
    [
      "an amendment without any subject asks for it too",
      draftAmendmentInput,
      { contractId: A },
      { subject: ["Indiquez l'objet de l'avenant : ce qu'il change au contrat."] },
    ],
    [
      "the version in force on no date asks for one",
      versionAtInput,
      { contractId: A, date: "" },
      { date: ["Indiquez une date."] },
    ],
    [
      "an import without a commune asks to choose it",
      importAnnexInput,
      { orgId: "", content: "{}" },
      { orgId: ["Choisissez la commune concernée."] },
    ],
    [
      "an import for an unknown organisation says so",
      importAnnexInput,
      { orgId: "bordeaux", content: "{}" },
      { orgId: ["Organisation inconnue."] },
    ],
    [
      "an empty file is refused",
      importAnnexInput,
      { orgId: A, content: "" },
      { content: ["Le fichier est vide."] },
    ],
    [
      "the same version twice is not a comparison",
      versionsToCompare,
      { fromVersionId: A, toVersionId: A },
      { toVersionId: ["Choisissez deux versions différentes."] },
    ],
    ["two versions compare", versionsToCompare, { fromVersionId: A, toVersionId: B }, {}],
  ])("%s", (_name, schema, input, expected) => {
    expect(errorsOf(schema, input)).toEqual(expected);
  });
});
