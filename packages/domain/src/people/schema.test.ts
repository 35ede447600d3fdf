import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "../errors/field-errors.ts";
import { assignFunctionInput } from "./schema.ts";

const PERSON = "00000000-0000-4000-8000-000000000001";

describe("assignFunctionInput — a function chosen in a list", () => {
  test.each([
    ["", "Choisissez la fonction à attribuer."],
    [undefined, "Choisissez la fonction à attribuer."],
    ["dgs", "Fonction inconnue."],
  ])("%s → %s", (functionId, message) => {
    const parsed = assignFunctionInput.safeParse({ personId: PERSON, functionId });
    expect(parsed.error && fieldErrorsOf(parsed.error)).toEqual({ functionId: [message] });
  });
});
