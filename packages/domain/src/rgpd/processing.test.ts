import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "../errors/field-errors.ts";
import { processingContentSchema } from "./processing.ts";
import { schoolRegistrations } from "./test-fixtures.ts";

const errorsOf = (content: unknown) => {
  const parsed = processingContentSchema.safeParse(content);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

test("a complete record is accepted as typed, with its defaults", () => {
  const parsed = processingContentSchema.parse(schoolRegistrations());
  expect(parsed.purposes).toHaveLength(2);
  expect(parsed.dataCategories[1]).toMatchObject({
    sensitive: true,
    article9Condition: "health-care",
  });
});

describe("bad input is refused field by field, in French", () => {
  const base = schoolRegistrations();
  test.each([
    ["no purpose", { purposes: [] }, "purposes", /au moins une finalité/],
    [
      "a purpose without its legal basis",
      { purposes: [{ label: "Inscrire les enfants", legalBasis: "", basisDetail: "" }] },
      "purposes.0.legalBasis",
      /base légale/,
    ],
    [
      "a purpose without words",
      { purposes: [{ label: " ", legalBasis: "public-task", basisDetail: "" }] },
      "purposes.0.label",
      /Décrivez la finalité/,
    ],
    [
      "a sensitive category without an Art. 9 condition",
      { dataCategories: [{ label: "Santé", sensitive: true, article9Condition: "" }] },
      "dataCategories.0.article9Condition",
      /condition de l'article 9/,
    ],
    [
      "a retention without an end action",
      {
        retention: [
          { data: "Dossiers", months: 24, from: "clôture", endAction: "", archiveMonths: null },
        ],
      },
      "retention.0.endAction",
      /fin de la durée de conservation/,
    ],
    [
      "an intermediate archive without its duration",
      {
        retention: [
          {
            data: "Factures",
            months: 12,
            from: "paiement",
            endAction: "intermediate-archive",
            archiveMonths: null,
          },
        ],
      },
      "retention.0.archiveMonths",
      /durée/,
    ],
    [
      "a zero-month retention",
      {
        retention: [{ data: "Journaux", months: 0, from: "connexion", endAction: "erase" }],
      },
      "retention.0.months",
      /un mois au moins/,
    ],
    ["no retention at all", { retention: [] }, "retention", /au moins une durée de conservation/],
    [
      "a transfer outside the EU without safeguard",
      { transfers: [{ recipient: "Hébergeur", country: "États-Unis", safeguard: "" }] },
      "transfers.0.safeguard",
      /garantie/,
    ],
    ["no person category", { personCategories: [] }, "personCategories", /personnes concernées/],
    ["an empty name", { name: "" }, "name", /nom du traitement/],
    ["an unknown path", { path: "ailleurs" }, "path", /Origine du traitement inconnue/],
    ["a negative count", { estimatedPersons: -3 }, "estimatedPersons", /négatif/],
  ])("%s", (_name, change, field, message) => {
    const errors = errorsOf({ ...base, ...change });
    expect(errors[field]?.join(" ")).toMatch(message);
  });

  test("a remediation plan needs its priority, owner, due date and actions", () => {
    const errors = errorsOf({
      ...base,
      path: "legacy",
      remediation: { priority: "", owner: "", dueOn: "", actions: "", doneOn: "" },
    });
    expect(Object.keys(errors).sort()).toEqual([
      "remediation.actions",
      "remediation.dueOn",
      "remediation.owner",
      "remediation.priority",
    ]);
  });
});
