import { describe, expect, test } from "vitest";
import type { Annex, SaisineNature } from "../contracts/annex.ts";
import { seedFactsCommune } from "../seed-facts/seed-facts.fixture.ts";
import { annexFromSeedFacts } from "../seed-facts/annex.ts";
import { alwaysOpenCalendar } from "../sla/calendar.ts";
import {
  type SaisineCalendarKind,
  saisineCalendar,
  saisineCalendarKind,
  saisineCalendarLabel,
  saisineCalendarSource,
  saisineCalendarVersion,
} from "./saisine-calendar.ts";

const annex = (slug: string): Annex => annexFromSeedFacts(seedFactsCommune(slug));
const pessac = annex("pessac");
const begles = annex("begles");
const merignac = annex("merignac");

/** The annex as an amendment left it: its support hours changed by `change`. */
function amended(source: Annex, change: Partial<Annex["supportHours"]>): Annex {
  return { ...source, supportHours: { ...source.supportHours, ...change } };
}
const beglesAlwaysOpen = amended(begles, { urgentAlwaysOpen: true });
const council = {
  label: "Conseil municipal",
  start: "19:00",
  end: "23:00",
  dates: ["2027-01-18", "2027-03-29"],
};
const beglesCouncil = amended(begles, { eventOnCall: [council] });
const yearEnd = { label: "Fermeture de fin d'année", from: "2026-12-24", to: "2027-01-01" };

describe("saisineCalendarKind", () => {
  test.each<[string, Annex, SaisineNature, SaisineCalendarKind]>([
    ["Pessac, ordinary", pessac, "ordinaire", "support"],
    ["Pessac, urgent: on-call hours", pessac, "urgence", "support-astreinte"],
    ["Pessac, exceptional", pessac, "exceptionnelle", "support"],
    ["Bègles, urgent: no on-call hours in the annex", begles, "urgence", "support"],
    ["Bègles, urgent, 24/7 agreed", beglesAlwaysOpen, "urgence", "continu"],
    ["Bègles, ordinary, 24/7 agreed for urgencies only", beglesAlwaysOpen, "ordinaire", "support"],
    ["Bègles, urgent, council on-call only", beglesCouncil, "urgence", "support-astreinte"],
    ["Bègles, ordinary, council on-call is for urgencies", beglesCouncil, "ordinaire", "support"],
  ])("%s → %s", (_label, source, nature, expected) => {
    expect(saisineCalendarKind(source, nature)).toBe(expected);
  });
});

describe("saisineCalendar — what amendments add", () => {
  test("closures are every day from the first to the last, for every kind of saisine", () => {
    const closed = amended(pessac, { closures: [yearEnd] });
    const days = [
      "2026-12-24",
      "2026-12-25",
      "2026-12-26",
      "2026-12-27",
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
    ];
    expect(saisineCalendar(closed, "support")?.closures).toEqual(days);
    expect(saisineCalendar(closed, "support-astreinte")?.closures).toEqual(days);
  });

  test("a council meeting's evenings open the urgent calendar only", () => {
    expect(saisineCalendar(beglesCouncil, "support-astreinte")?.extraOpenings).toEqual([
      { date: "2027-01-18", start: "19:00", end: "23:00" },
      { date: "2027-03-29", start: "19:00", end: "23:00" },
    ]);
    expect(saisineCalendar(beglesCouncil, "support")?.extraOpenings).toBeUndefined();
    // Bègles has no on-call week: the urgent week is the support week.
    expect(saisineCalendar(beglesCouncil, "support-astreinte")?.weekly).toEqual(
      saisineCalendar(begles, "support")?.weekly,
    );
  });

  test("an annex without amendments builds the calendar it always did", () => {
    expect(saisineCalendar(pessac, "support")).not.toHaveProperty("closures");
    expect(saisineCalendar(pessac, "support")).not.toHaveProperty("extraOpenings");
  });
});

describe("saisineCalendar — from the annex's hours", () => {
  test("Pessac's support hours: Monday afternoon, Tuesday to Friday 8:30–17:00", () => {
    expect(saisineCalendar(pessac, "support")).toEqual({
      timeZone: "Europe/Paris",
      holidays: "FR",
      weekly: {
        mon: [["13:30", "19:00"]],
        tue: [["08:30", "17:00"]],
        wed: [["08:30", "17:00"]],
        thu: [["08:30", "17:00"]],
        fri: [["08:30", "17:00"]],
      },
    });
  });

  test("Pessac's urgencies add the on-call hours (astreinte), merged where they touch", () => {
    const day: Array<[string, string]> = [["08:30", "19:00"]];
    expect(saisineCalendar(pessac, "support-astreinte")?.weekly).toEqual({
      mon: day,
      tue: day,
      wed: day,
      thu: day,
      fri: day,
    });
  });

  test("Bègles states Monday, Thursday and Friday only", () => {
    expect(Object.keys(saisineCalendar(begles, "support")?.weekly ?? {})).toEqual([
      "mon",
      "thu",
      "fri",
    ]);
  });

  test("Mérignac's hours are still « à calculer »: no calendar, except round the clock", () => {
    expect(saisineCalendar(merignac, "support")).toBeNull();
    expect(saisineCalendar(merignac, "support-astreinte")).toBeNull();
    expect(saisineCalendar(merignac, "continu")).toEqual(alwaysOpenCalendar());
  });
});

describe("saisineCalendarVersion and saisineCalendarSource", () => {
  const annexes: Record<string, Annex> = { "v-pessac": pessac, "v-merignac": merignac };
  const source = saisineCalendarSource((id) => annexes[id]);
  const resolve = (version: string) => (typeof source === "function" ? source(version) : source);

  test("a version names the annex version and the kind", () => {
    expect(saisineCalendarVersion("v-pessac", "support-astreinte")).toBe(
      "v-pessac#support-astreinte",
    );
    expect(resolve("v-pessac#support-astreinte")).toEqual(
      saisineCalendar(pessac, "support-astreinte"),
    );
  });

  test.each([
    ["v-pessac#nuit", /^Version de calendrier inconnue/],
    ["v-inconnue#support", /^Annexe inconnue\s: «\sv-inconnue\s»/],
    ["v-merignac#support", /^L'annexe de Mérignac ne fixe pas d'horaires de support exploitables/],
  ])("%s is refused", (version, message) => {
    expect(() => resolve(version)).toThrow(message);
  });

  test("an annex version id cannot hold the separator", () => {
    expect(() => saisineCalendarVersion("a#b", "support")).toThrow(/invalide/);
    expect(() => saisineCalendarVersion("", "support")).toThrow(/invalide/);
  });
});

describe("saisineCalendarLabel", () => {
  test.each([
    ["v-pessac#support", "Horaires d'assistance du contrat"],
    ["v-pessac#support-astreinte", "Horaires d'assistance et astreintes du contrat"],
    ["v-begles#continu", "24 h/24, 7 j/7 (urgences)"],
    ["convention-redon-2022#support", "Heures d'intervention de la convention"],
    ["v-pessac#nuit", null],
  ])("%s → %s", (version, label) => {
    expect(saisineCalendarLabel(version)).toBe(label);
  });
});
