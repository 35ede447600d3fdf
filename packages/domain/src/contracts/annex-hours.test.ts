import { describe, expect, test } from "vitest";
import { annexFromSeedFacts } from "../seed-facts/annex.ts";
import { seedFactsCommune } from "../seed-facts/seed-facts.fixture.ts";
import {
  closureDates,
  closureSchema,
  describeClosure,
  describeEventOnCall,
  eventOnCallSchema,
  MAX_CLOSURE_DAYS,
  supportHoursSchema,
} from "./annex-hours.ts";
import { diffAnnex } from "./diff.ts";

const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("closures", () => {
  test("every day from the first to the last, over a year end and a leap day", () => {
    expect(closureDates({ from: "2026-12-30", to: "2027-01-02" })).toEqual([
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
    ]);
    expect(closureDates({ from: "2028-02-28", to: "2028-03-01" })).toEqual([
      "2028-02-28",
      "2028-02-29",
      "2028-03-01",
    ]);
    expect(closureDates({ from: "2027-05-14", to: "2027-05-14" })).toEqual(["2027-05-14"]);
  });

  test.each([
    [{ label: "Pont", from: "2027-05-14", to: "2027-05-13" }, "avant son début le 14/05/2027"],
    [{ label: "  ", from: "2027-05-14", to: "2027-05-14" }, "Donnez un libellé"],
    [{ label: "Pont", from: "2027-02-30", to: "2027-03-01" }, "Date invalide"],
    [{ label: "Été", from: "2027-07-01", to: "2027-09-01" }, `dépasse ${MAX_CLOSURE_DAYS} jours`],
  ])("%j is refused in French", (closure, message) => {
    expect(messages(closureSchema.safeParse(closure)).join(" ")).toContain(message);
  });

  test(`${MAX_CLOSURE_DAYS} days is the longest closure`, () => {
    expect(
      closureSchema.safeParse({ label: "Été", from: "2027-07-01", to: "2027-08-31" }).success,
    ).toBe(true);
  });
});

describe("on-call for dated events", () => {
  const council = {
    label: "Conseil municipal",
    start: "19:00",
    end: "23:00",
    dates: ["2027-01-18"],
  };

  test("Pessac's council meeting on-call is valid", () => {
    expect(eventOnCallSchema.parse(council)).toEqual(council);
  });

  test.each([
    [{ ...council, start: "23:00", end: "19:00" }, "l'heure de début (23:00) doit précéder"],
    [{ ...council, dates: [] }, "au moins une date"],
    [{ ...council, dates: ["2027-01-18", "2027-01-18"] }, "le 18/01/2027 figure deux fois"],
    [{ ...council, start: "19h" }, "format HH:MM"],
  ])("%j is refused in French", (event, message) => {
    expect(messages(eventOnCallSchema.safeParse(event)).join(" ")).toContain(message);
  });
});

describe("support hours of an annex", () => {
  const pessac = annexFromSeedFacts(seedFactsCommune("pessac"));

  test("the imported deliberations, which set none of the amendments' fields, stay valid", () => {
    expect(supportHoursSchema.safeParse(pessac.supportHours).success).toBe(true);
    expect(pessac.supportHours.closures).toBeUndefined();
  });

  test("an amendment's closures, 24/7 urgencies and events read as changes to sign", () => {
    const after = {
      ...pessac,
      supportHours: {
        ...pessac.supportHours,
        urgentAlwaysOpen: true,
        closures: [{ label: "Fermeture de fin d'année", from: "2026-12-24", to: "2027-01-01" }],
        eventOnCall: [
          { label: "Conseil municipal", start: "19:00", end: "23:00", dates: ["2027-01-18"] },
        ],
      },
    };
    expect(diffAnnex(pessac, after).map((change) => change.label)).toEqual([
      "Traitement des urgences 24 h/24 modifié",
      "Fermeture ajoutée",
      "Astreinte d'événement ajoutée",
    ]);
    const moved = {
      ...after,
      supportHours: {
        ...after.supportHours,
        eventOnCall: [
          { label: "Conseil municipal", start: "19:00", end: "22:00", dates: ["2027-02-15"] },
        ],
      },
    };
    expect(diffAnnex(after, moved).map((change) => change.label)).toEqual([
      "Fin de l'astreinte modifiée",
      "Date d'astreinte retirée",
      "Date d'astreinte ajoutée",
    ]);
  });
});

describe("closures and events in words", () => {
  test("a closure over several days, and of one day", () => {
    expect(
      describeClosure({ label: "Fermeture de fin d'année", from: "2026-12-24", to: "2027-01-01" }),
    ).toBe("Fermeture de fin d'année : du 24 décembre 2026 au 1er janvier 2027");
    expect(
      describeClosure({ label: "Pont de l'Ascension", from: "2027-05-07", to: "2027-05-07" }),
    ).toBe("Pont de l'Ascension : le 7 mai 2027");
  });

  test("a council meeting's on-call, its dates in order", () => {
    expect(
      describeEventOnCall({
        label: "Conseil municipal",
        start: "19:00",
        end: "23:30",
        dates: ["2027-03-29", "2027-01-18", "2027-02-15"],
      }),
    ).toBe(
      "Conseil municipal : de 19 h à 23 h 30, le 18 janvier 2027, le 15 février 2027 et le 29 mars 2027",
    );
    expect(
      describeEventOnCall({
        label: "Élections",
        start: "08:00",
        end: "20:00",
        dates: ["2027-03-14"],
      }),
    ).toBe("Élections : de 8 h à 20 h, le 14 mars 2027");
  });
});
