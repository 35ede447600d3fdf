import { describe, expect, test } from "vitest";
import type { Annex, SaisineNature } from "../contracts/annex.ts";
import { seedFactsCommune } from "../seed-facts/seed-facts.fixture.ts";
import { annexFromSeedFacts } from "../seed-facts/annex.ts";
import { alwaysOpenCalendar } from "../sla/calendar.ts";
import {
  type SaisineCalendarKind,
  saisineCalendar,
  saisineCalendarKind,
  saisineCalendarSource,
  saisineCalendarLabel,
  saisineCalendarVersion,
} from "./saisine-calendar.ts";

const annex = (slug: string): Annex => annexFromSeedFacts(seedFactsCommune(slug));
const pessac = annex("pessac");
const begles = annex("begles");
const merignac = annex("merignac");

describe("saisineCalendarKind", () => {
  test.each<[string, Annex, SaisineNature, boolean, SaisineCalendarKind]>([
    ["Pessac, ordinary", pessac, "ordinaire", false, "support"],
    ["Pessac, urgent: on-call hours", pessac, "urgence", false, "support-astreinte"],
    ["Pessac, exceptional", pessac, "exceptionnelle", false, "support"],
    ["Bègles, urgent: no on-call hours in the annex", begles, "urgence", false, "support"],
    ["Bègles, urgent, 24/7 agreed", begles, "urgence", true, "continu"],
    ["Bègles, ordinary, 24/7 agreed for urgencies only", begles, "ordinaire", true, "support"],
  ])("%s → %s", (_label, source, nature, urgentAlwaysOpen, expected) => {
    expect(saisineCalendarKind(source, nature, { urgentAlwaysOpen })).toBe(expected);
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

  test("Mérignac's hours are still « à calculer »: no calendar, except round the clock", () => {
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
    ["v-inconnue#support", /^Annexe inconnue : « v-inconnue »/],
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
    ["v1#support", "avenant n° 1", "Horaires de support — avenant n° 1"],
    ["v1#support-astreinte", null, "Horaires de support et d'astreinte"],
    ["v1#continu", "contrat initial", "24 heures sur 24, tous les jours — contrat initial"],
    ["v1#autre", "avenant n° 1", "Calendrier inconnu"],
    ["sans-diese", null, "Calendrier inconnu"],
  ])("%s → %s", (version, label, expected) => {
    expect(saisineCalendarLabel(version, label)).toBe(expected);
  });
});
