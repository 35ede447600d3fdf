/**
 * Governance across the communes (`meetings.upcoming`): the meetings planned in the next three
 * months, soonest first, and the actions past their due day, each with the organisation it is
 * about; a commune reads its own only.
 */
import { seedDemoMeetings } from "@mutu/api";
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { useMeetings } from "./helpers/meetings.ts";

type Upcoming = {
  today: string;
  until: string;
  meetings: { day: string; startTime: string; label: string; orgName: string }[];
  overdueActions: { title: string; dueOn: string; orgName: string; meetingLabel: string }[];
};

describe.each(drivers)("upcoming governance on %s", (driver) => {
  // 16 March 2026, 11:00 in Paris.
  const t = useMeetings(driver, new Date("2026-03-16T10:00:00Z"));
  const upcoming = async (cookie: string) =>
    data<Upcoming>(await t.h.query("meetings.upcoming", undefined, { cookie }));
  const plan = (org: string, date: string, startTime: string) =>
    t.manage("plan", {
      orgId: t.h.orgId(org),
      body: "comite-suivi",
      date,
      startTime,
      endTime: "12:00",
      place: "Mairie",
      agenda: ["Indicateurs du trimestre"],
    });

  test("the Métropole sees every commune's next meetings and late actions", async () => {
    const { h, admin } = t;
    await seedDemoMeetings(h.database.db, new Date("2026-03-16T10:00:00Z"));
    for (const [org, date, time] of [
      ["begles", "2026-05-05", "10:00"],
      ["pessac", "2026-04-20", "09:30"],
      ["begles", "2026-06-16", "10:00"],
      ["pessac", "2026-06-17", "10:00"],
    ] as const)
      data(await plan(org, date, time));

    const all = await upcoming(admin);
    // Three months from 16 March: up to 15 June included.
    expect([all.today, all.until]).toEqual(["2026-03-16", "2026-06-16"]);
    expect(all.meetings.map((m) => [m.day, m.startTime, m.orgName])).toEqual([
      ["2026-04-20", "09:30", "Pessac"],
      ["2026-05-05", "10:00", "Bègles"],
    ]);
    // The demo's PABX migration, decided in October 2025, was due on 27 February.
    expect(all.overdueActions.map((a) => [a.title, a.dueOn, a.orgName])).toEqual([
      ["Préparer la migration de la téléphonie (PABX)", "2026-02-27", "Bègles"],
    ]);
  });

  test("a commune reads its own meetings and actions only", async () => {
    const begles = await upcoming(t.beglesDgs);
    expect(begles.meetings.map((m) => [m.day, m.orgName])).toEqual([["2026-05-05", "Bègles"]]);
    expect(begles.overdueActions.map((a) => a.orgName)).toEqual(["Bègles"]);
    const pessac = await upcoming(t.pessacDgs);
    expect(pessac.meetings.map((m) => [m.day, m.orgName])).toEqual([["2026-04-20", "Pessac"]]);
    expect(pessac.overdueActions).toEqual([]);
  });
});
