import { describe, expect, test } from "vitest";
import {
  anonymiseResident,
  isResidentDataDue,
  normaliseFrenchPhone,
  REDACTED,
  type ResidentContact,
  redactResident,
  residentContactSchema,
  residentDataPurgeDate,
} from "./resident.ts";

describe("normaliseFrenchPhone", () => {
  test.each([
    ["06 12 34 56 78", "06 12 34 56 78"],
    ["0612345678", "06 12 34 56 78"],
    ["06.12.34.56.78", "06 12 34 56 78"],
    ["06-12-34-56-78", "06 12 34 56 78"],
    ["+33 6 12 34 56 78", "06 12 34 56 78"],
    ["+33612345678", "06 12 34 56 78"],
    ["0033 5 56 99 84 84", "05 56 99 84 84"],
    ["+33 (0)5 56 99 84 84", "05 56 99 84 84"],
    ["+33 05 56 99 84 84", "05 56 99 84 84"],
    ["09 70 12 34 56", "09 70 12 34 56"],
    // Overseas departments: same 10-digit plan, their own country codes.
    ["+262 692 12 34 56", "06 92 12 34 56"],
    ["0590 12 34 56", "05 90 12 34 56"],
    ["+596 696 12 34 56", "06 96 12 34 56"],
  ])("%j → %j", (text, expected) => {
    expect(normaliseFrenchPhone(text)).toBe(expected);
  });

  test.each([
    "612345678", // missing the 0
    "00 12 34 56 78", // 00 is not a French prefix
    "06 12 34 56 7",
    "06 12 34 56 789",
    "+44 20 7946 0958",
    "+1 212 555 0100",
    "06 12 34 56 78 poste 12",
    "",
  ])("%j is not a French number", (text) => {
    expect(normaliseFrenchPhone(text)).toBeNull();
  });
});

describe("residentContactSchema — a name and one way to reach them", () => {
  test.each([
    [
      { name: " Hélène Durand ", contact: "06.12.34.56.78" },
      { name: "Hélène Durand", contact: { kind: "telephone", value: "06 12 34 56 78" } },
    ],
    [
      { name: "M. Bernard", contact: " Bernard.Martin@Exemple.FR " },
      { name: "M. Bernard", contact: { kind: "email", value: "bernard.martin@exemple.fr" } },
    ],
  ])("%j is kept as %j", (input, expected) => {
    expect(residentContactSchema.parse(input)).toEqual(expected);
  });

  test.each([
    [
      { name: "Hélène Durand", contact: "bientôt" },
      "contact",
      "Indiquez une adresse électronique ou un numéro de téléphone français (ex. 06 12 34 56 78).",
    ],
    [
      { name: "Hélène Durand", contact: "helene@" },
      "contact",
      "Indiquez une adresse électronique ou un numéro de téléphone français (ex. 06 12 34 56 78).",
    ],
    [
      { name: "H", contact: "0612345678" },
      "name",
      "Indiquez le nom de la personne (2 caractères au moins).",
    ],
    [
      { name: "Hélène Durand" },
      "contact",
      "Indiquez une adresse électronique ou un numéro de téléphone français (ex. 06 12 34 56 78).",
    ],
  ])("%j is refused on %s", (input, path, message) => {
    const result = residentContactSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((issue) => [issue.path.join("."), issue.message]),
    ).toContainEqual([path, message]);
  });
});

describe("residentDataPurgeDate — whole months after closure, Paris calendar", () => {
  test.each([
    // Closed 31 August 2026 + 6 months: no 31 February, kept through the 28th.
    ["2026-08-31T15:00:00+02:00", 6, "2027-02-28T23:00:00.000Z"],
    // 2027 is not a leap year, 2028 is.
    ["2027-08-31T15:00:00+02:00", 6, "2028-02-29T23:00:00.000Z"],
    ["2026-01-31T10:00:00+01:00", 1, "2026-02-28T23:00:00.000Z"],
    // 23:30 UTC on 31 December 2025 is already 1 January 2026 in Paris.
    ["2025-12-31T23:30:00Z", 12, "2027-01-01T23:00:00.000Z"],
    // Closed in winter, purged in summer: midnight is 22:00 UTC then.
    ["2026-01-15T10:00:00+01:00", 6, "2026-07-15T22:00:00.000Z"],
    // The night of the autumn DST change (Sunday 25 October 2026).
    ["2025-10-25T12:00:00+02:00", 12, "2026-10-25T23:00:00.000Z"],
    ["2026-05-14T09:00:00+02:00", 12, "2027-05-14T22:00:00.000Z"],
  ])("closed %s, kept %i months → anonymised from %s", (closed, months, expected) => {
    expect(residentDataPurgeDate(new Date(closed), months).toISOString()).toBe(expected);
  });

  test("the default is 12 months", () => {
    expect(residentDataPurgeDate(new Date("2026-03-10T10:00:00+01:00")).toISOString()).toBe(
      "2027-03-10T23:00:00.000Z",
    );
  });

  test.each([0, -1, 1.5, 121, Number.NaN])("%s months is refused", (months) => {
    expect(() => residentDataPurgeDate(new Date("2026-03-10T10:00:00+01:00"), months)).toThrow(
      /Durée de conservation invalide/,
    );
  });

  test("due at the purge instant, not a millisecond before", () => {
    const closed = new Date("2026-08-31T15:00:00+02:00");
    expect(isResidentDataDue(closed, 6, new Date("2027-02-28T22:59:59.999Z"))).toBe(false);
    expect(isResidentDataDue(closed, 6, new Date("2027-02-28T23:00:00.000Z"))).toBe(true);
  });
});

describe("anonymiseResident and redactResident", () => {
  const helene: ResidentContact = {
    name: "Hélène Durand-Petit",
    contact: { kind: "telephone", value: "06 12 34 56 78" },
  };
  const paul: ResidentContact = {
    name: "Paul Martin",
    contact: { kind: "email", value: "paul.martin@exemple.fr" },
  };

  test("anonymising keeps no personal data, and twice keeps the first date", () => {
    const first = anonymiseResident(helene, new Date("2027-01-01T00:00:00Z"));
    expect(first).toEqual({
      name: null,
      contact: null,
      anonymisedAt: new Date("2027-01-01T00:00:00Z"),
    });
    expect(anonymiseResident(first, new Date("2027-06-01T00:00:00Z"))).toBe(first);
  });

  test.each([
    [
      helene,
      "Mme HÉLÈNE DURAND-PETIT rappelle au 06.12.34.56.78",
      `Mme ${REDACTED} rappelle au ${REDACTED}`,
    ],
    [
      helene,
      "Appel de helene durand petit (+33 6 12 34 56 78).",
      `Appel de ${REDACTED} (${REDACTED}).`,
    ],
    [
      helene,
      "Joindre le 0612345678 ou le 06 12 34 56 79",
      `Joindre le ${REDACTED} ou le 06 12 34 56 79`,
    ],
    [
      paul,
      "Martin Paul signale une panne ; écrire à Paul.Martin@exemple.fr",
      `${REDACTED} signale une panne ; écrire à ${REDACTED}`,
    ],
    // Another person, or the name inside another word, stays.
    [paul, "Paul Martinez et Saint-Paul Martin-de-Ré", "Paul Martinez et Saint-Paul Martin-de-Ré"],
    // A name typed with combining accents (NFD) is still found.
    [helene, "He\u0301le\u0300ne Durand-Petit", REDACTED],
  ])("%#: %j", (resident, text, expected) => {
    expect(redactResident(text, resident)).toBe(expected);
  });
});
