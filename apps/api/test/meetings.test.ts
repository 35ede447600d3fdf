/**
 * Governance through the API, in order on one database: the calendar of Bègles' bodies for 2025,
 * a follow-up meeting planned from it, recorded once held with its decisions and actions, one
 * action closed at the next meeting; the commune reads, never writes; each refusal writes nothing.
 */
import { seedDemoMeetings } from "@mutu/api";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { count, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { type Meeting, type Overview, useMeetings } from "./helpers/meetings.ts";

const meetingsOf = (db: Parameters<typeof withSystem>[0], orgId: string) =>
  withSystem(db, async (tx) => {
    const [m] = await tx
      .select({ n: count() })
      .from(schema.meetings)
      .where(eq(schema.meetings.orgId, orgId));
    const [a] = await tx
      .select({ n: count() })
      .from(schema.meetingActions)
      .where(eq(schema.meetingActions.orgId, orgId));
    return { meetings: m?.n ?? 0, actions: a?.n ?? 0 };
  });

describe.each(drivers)("governance on %s", (driver) => {
  // 15 June 2025, 12:00 in Paris.
  const t = useMeetings(driver, new Date("2025-06-15T10:00:00Z"));
  const ids = { first: "", second: "", owner: "", other: "" };

  test("Bègles' calendar: the contract's bodies and the annex's, four follow-up meetings due in 2025", async () => {
    const { h, admin } = t;
    const view = data<Overview>(await t.overview(h.orgId("begles"), 2025, admin));
    expect(view.bodies.map((b) => b.key)).toEqual([
      "reunion-lancement",
      "comite-suivi",
      "reunion-maires",
      "comite-strategique",
      "point-operationnel:A",
      "point-operationnel:B",
      "point-operationnel:C",
      "point-operationnel:D",
    ]);
    const followUp = view.bodies.find((b) => b.body === "comite-suivi");
    // Signed 15 February 2016: quarters from February, the one from November due in January.
    expect(followUp?.slots.map((s) => [s.start, s.end, s.state])).toEqual([
      ["2024-11-01", "2025-02-01", "en-retard"],
      ["2025-02-01", "2025-05-01", "en-retard"],
      ["2025-05-01", "2025-08-01", "a-planifier"],
      ["2025-08-01", "2025-11-01", "a-venir"],
    ]);
    expect(followUp?.sentence).toBe("Aucun comité de suivi tenu sur les 4 dus en 2025");
    expect(followUp?.next?.start).toBe("2025-05-01");
    expect(view.bodies.find((b) => b.body === "reunion-maires")?.sentence).toBe(
      "Aucune réunion avec les maires tenue sur les 2 dues en 2025",
    );
    expect(view.canManage).toBe(true);
    const people = view.people.map((p) => p.side);
    expect(people).toContain("commune");
    expect(people).toContain("operator");
    ids.owner = view.people.find((p) => p.side === "commune")?.id ?? "";
    ids.other = view.people.find((p) => p.side === "operator")?.id ?? "";
  });

  test("a meeting planned in the past, or without place, is refused in French and nothing is written", async () => {
    const { h } = t;
    const orgId = h.orgId("begles");
    const base = {
      orgId,
      body: "comite-suivi",
      startTime: "14:00",
      endTime: "16:00",
      agenda: ["Indicateurs"],
    };
    const past = await t.manage("plan", {
      ...base,
      date: "2025-06-15",
      startTime: "11:00",
      endTime: "12:00",
      place: "Mairie",
    });
    expect(past.status).toBe(400);
    expect(past.error?.data.fieldErrors?.date?.[0]).toMatch(
      /^Une réunion ne peut pas être planifiée dans le passé \(dimanche 15 juin 2025 à 11 h 00\)/,
    );
    const nowhere = await t.manage("plan", { ...base, date: "2025-07-03" });
    expect(nowhere.error?.data.fieldErrors?.place).toEqual([
      "Indiquez un lieu ou un lien de visioconférence.",
    ]);
    const otherBody = await t.manage("plan", {
      ...base,
      body: "commission-pilotage",
      date: "2025-07-03",
      place: "Mairie",
    });
    expect(otherBody.error?.data.fieldErrors?.body?.[0]).toMatch(/instances intercommunales/);
    expect(await meetingsOf(h.database.db, orgId)).toEqual({ meetings: 0, actions: 0 });
  });

  test("the Métropole plans the next follow-up meeting; the agenda starts from what is due", async () => {
    const { h, admin } = t;
    const orgId = h.orgId("begles");
    const agenda = data<{ items: string[] }>(
      await h.query("meetings.draftAgenda", { orgId, date: "2025-07-03" }, { cookie: admin }),
    );
    expect(agenda.items.at(-1)).toBe("Questions diverses");
    const planned = data<{ id: string; status: string; startTime: string }>(
      await t.manage("plan", {
        orgId,
        body: "comite-suivi",
        date: "2025-07-03",
        startTime: "14:00",
        endTime: "16:00",
        place: "Mairie de Bègles, salle du conseil",
        videoUrl: "https://visio.bordeaux-metropole.fr/comite-begles",
        agenda: ["Indicateurs du trimestre", ...agenda.items],
        participantIds: [ids.owner, ids.other],
      }),
    );
    expect(planned).toMatchObject({ status: "planifiee", startTime: "14:00" });
    ids.first = planned.id;
    const view = data<Overview>(await t.overview(orgId, 2025, admin));
    const followUp = view.bodies.find((b) => b.body === "comite-suivi");
    expect(followUp?.slots[2]?.state).toBe("planifiee");
    expect(followUp?.next?.start).toBe("2025-08-01");
  });

  test("minutes wait for the meeting; an action without owner or due date is refused, nothing written", async () => {
    const { h } = t;
    const record = {
      meetingId: ids.first,
      attendeeIds: [ids.owner, ids.other],
      minutes: "Revue des indicateurs du trimestre et du plan de reprise d'activité.",
      decisions: ["Le PRA est prioritaire pour 2025."],
      actions: [{ title: "Chiffrer le PRA", ownerId: ids.other, dueOn: "2025-09-01" }],
    };
    const early = await t.manage("record", record);
    expect(early.status).toBe(400);
    expect(early.error?.data.fieldErrors?.minutes?.[0]).toBe(
      "Cette réunion n'a pas encore eu lieu (prévue le jeudi 3 juillet 2025 à 14 h 00) : son compte rendu ne peut pas être consigné avant.",
    );
    await t.at("2025-07-03T14:30:00Z"); // 16:30 in Paris
    const ownerless = await t.manage("record", {
      ...record,
      actions: [{ title: "Relancer l'éditeur", dueOn: "" }],
    });
    expect(ownerless.status).toBe(400);
    expect(ownerless.error?.data.fieldErrors).toMatchObject({
      "actions.0.ownerId": ["Chaque action a un responsable : choisissez-le."],
      "actions.0.dueOn": ["Chaque action a une échéance : indiquez sa date."],
    });
    const before = await t.manage("record", {
      ...record,
      actions: [{ title: "Relancer l'éditeur", ownerId: ids.owner, dueOn: "2025-07-02" }],
    });
    expect(before.error?.data.fieldErrors?.["actions.0.dueOn"]).toEqual([
      "L'échéance d'une action ne peut pas précéder la réunion qui la décide (3 juillet 2025).",
    ]);
    expect(await meetingsOf(h.database.db, h.orgId("begles"))).toEqual({ meetings: 1, actions: 0 });
    const held = data<Meeting>(
      await t.manage("record", {
        ...record,
        actions: [
          ...record.actions,
          {
            title: "Relancer l'éditeur du logiciel d'état civil",
            ownerId: ids.owner,
            dueOn: "2025-07-20",
          },
        ],
      }),
    );
    expect(held.status).toBe("tenue");
    expect(held.decisions).toEqual(["Le PRA est prioritaire pour 2025."]);
    // By due date: the editor (20 July) before the PRA (1 September).
    expect(held.actions.map((a) => [a.title, a.status])).toEqual([
      ["Relancer l'éditeur du logiciel d'état civil", "ouverte"],
      ["Chiffrer le PRA", "ouverte"],
    ]);
    expect(held.participants.every((p) => p.attended)).toBe(true);
    const again = await t.manage("record", record);
    expect(again.error?.data.fieldErrors?.minutes).toEqual([
      "Le compte rendu de cette réunion est déjà consigné.",
    ]);
  });

  test("one action is closed at the next meeting; the year reads « 1 comité de suivi tenu sur 4 dus »", async () => {
    const { h } = t;
    const orgId = h.orgId("begles");
    await t.at("2025-07-25T08:00:00Z");
    let view = data<Overview>(await t.overview(orgId, 2025, t.admin));
    expect(view.overdueActions).toBe(1); // the editor, due 20 July
    const next = data<{ id: string }>(
      await t.manage("plan", {
        orgId,
        body: "comite-suivi",
        date: "2025-09-11",
        startTime: "09:30",
        endTime: "11:00",
        videoUrl: "https://visio.bordeaux-metropole.fr/comite-begles",
        agenda: ["Suivi des actions"],
      }),
    );
    ids.second = next.id;
    await t.at("2025-09-11T08:00:00Z");
    const meeting = data<Meeting>(
      await h.query("meetings.get", { meetingId: next.id }, { cookie: t.admin }),
    );
    expect(meeting.openActions.map((a) => a.title)).toEqual([
      "Relancer l'éditeur du logiciel d'état civil",
      "Chiffrer le PRA",
    ]);
    const editor = meeting.openActions[0];
    const closed = data<{ status: string; followedAtMeetingId: string }>(
      await t.manage("updateAction", { actionId: editor?.id, status: "close", meetingId: next.id }),
    );
    expect(closed).toMatchObject({ status: "close", followedAtMeetingId: next.id });
    const back = await t.manage("updateAction", { actionId: editor?.id, status: "close" });
    expect(back.status).toBe(409);
    const followed = data<Meeting>(
      await h.query("meetings.get", { meetingId: next.id }, { cookie: t.admin }),
    );
    expect(followed.openActions.map((a) => [a.title, a.status])).toEqual([
      ["Relancer l'éditeur du logiciel d'état civil", "close"],
      ["Chiffrer le PRA", "ouverte"],
    ]);
    view = data<Overview>(await t.overview(orgId, 2025, t.admin));
    expect(view.openActions.map((a) => a.title)).toEqual(["Chiffrer le PRA"]);
    const followUp = view.bodies.find((b) => b.body === "comite-suivi");
    expect(followUp?.sentence).toBe("1 comité de suivi tenu sur 4 dus en 2025");
    expect(followUp?.slots.map((s) => s.state)).toEqual([
      "en-retard",
      "en-retard",
      "tenue",
      "planifiee",
    ]);
  });

  test("the commune reads its meetings and actions, never writes; another commune sees nothing", async () => {
    const { h, beglesDgs, pessacDgs } = t;
    const view = data<Overview>(
      await h.query("meetings.overview", { year: 2025 }, { cookie: beglesDgs }),
    );
    expect(view.org.name).toBe("Bègles");
    expect(view.canManage).toBe(false);
    expect(view.people).toEqual([]);
    expect(view.meetings.map((m) => m.status)).toEqual(["tenue", "planifiee"]);
    const meeting = data<Meeting>(
      await h.query("meetings.get", { meetingId: ids.first }, { cookie: beglesDgs }),
    );
    expect(meeting.minutes).toMatch(/plan de reprise/);
    const plan = await h.mutate(
      "meetings.plan",
      {
        orgId: h.orgId("begles"),
        body: "comite-suivi",
        date: "2025-12-01",
        startTime: "10:00",
        endTime: "11:00",
        place: "Mairie",
        agenda: ["x"],
      },
      { cookie: beglesDgs },
    );
    expect(plan.status).toBe(403);
    expect(
      (await h.query("meetings.get", { meetingId: ids.first }, { cookie: pessacDgs })).status,
    ).toBe(404);
    expect(
      (
        await h.query(
          "meetings.overview",
          { orgId: h.orgId("begles"), year: 2025 },
          { cookie: pessacDgs },
        )
      ).status,
    ).toBe(404);
    const pessac = data<Overview>(
      await h.query("meetings.overview", { year: 2025 }, { cookie: pessacDgs }),
    );
    expect(pessac.meetings).toEqual([]);
  });

  test("one meeting as .ics; a personal feed at a secret URL, revocable", async () => {
    const { h, admin, beglesDgs } = t;
    const file = data<{ filename: string; content: string }>(
      await h.query("meetings.ics", { meetingId: ids.first }, { cookie: beglesDgs }),
    );
    expect(file.filename).toBe("comite-de-suivi-du-contrat-d-engagement-begles-2025-07-03.ics");
    expect(file.content).toContain("BEGIN:VEVENT");
    expect(file.content).toContain("DTSTART:20250703T120000Z");
    expect(file.content).toContain("SUMMARY:Comité de suivi du contrat d'engagement — Bègles");
    expect(file.content).toContain("SEQUENCE:1");

    // The Métropole's administrator was invited to the first meeting.
    const cookie = admin;
    expect(
      data<{ active: boolean }>(await h.query("meetings.feed", undefined, { cookie })).active,
    ).toBe(false);
    const feed = data<{ url: string }>(
      await h.mutate("meetings.createFeed", undefined, { cookie }),
    );
    expect(feed.url).toMatch(/^http:\/\/mutu\.test\/calendrier\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(feed.url).pathname;
    const served = await h.request(path);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await served.text();
    expect(text).toContain("X-WR-CALNAME:Réunions de gouvernance");
    const replaced = data<{ url: string }>(
      await h.mutate("meetings.createFeed", undefined, { cookie }),
    );
    expect((await h.request(path)).status).toBe(404);
    await h.mutate("meetings.revokeFeed", undefined, { cookie });
    expect((await h.request(new URL(replaced.url).pathname)).status).toBe(404);
    expect((await h.request("/calendrier/nimporte-quoi.ics")).status).toBe(404);
  });
});

describe.each(drivers)("demo governance on %s", (driver) => {
  const t = useMeetings(driver, new Date("2026-12-06T10:00:00Z"));

  test("seeded through the services: 3 follow-up meetings held of 4 due last year, actions followed", async () => {
    const { h, admin } = t;
    expect(await seedDemoMeetings(h.database.db, t.clock.now)).toBe(9);
    expect(await seedDemoMeetings(h.database.db, t.clock.now)).toBe(0);
    const last = data<Overview>(await t.overview(h.orgId("begles"), 2025, admin));
    const sentences = last.bodies.map((b) => b.sentence).filter(Boolean);
    expect(sentences).toEqual([
      "3 comités de suivi tenus sur 4 dus en 2025",
      "2 réunions avec les maires tenues sur 2 dues en 2025",
      "1 comité stratégique tenu sur 1 dû en 2025",
      "Aucun point d'avancement opérationnel tenu sur 1 dû en 2025",
      "Aucun point d'avancement opérationnel tenu sur les 4 dus en 2025",
      "Aucun point d'avancement opérationnel tenu sur les 4 dus en 2025",
      "Aucun point d'avancement opérationnel tenu sur les 4 dus en 2025",
    ]);
    expect(last.openActions.map((a) => [a.title, a.overdue])).toEqual([
      ["Préparer la migration de la téléphonie (PABX)", true],
    ]);
    const now = data<Overview>(await t.overview(h.orgId("begles"), 2026, admin));
    // Two held in 2026, the August–October one late; the quarter from November is the next to plan.
    expect(now.bodies.find((b) => b.body === "comite-suivi")?.next).toMatchObject({
      start: "2026-11-01",
      end: "2027-02-01",
      state: "a-planifier",
    });
    const redon = await h.signIn("dgs@redon.mutu-demo.fr");
    const member = data<Overview>(
      await h.query("meetings.overview", { year: 2025 }, { cookie: redon }),
    );
    expect(member.meetings.map((m) => [m.label, m.shared])).toEqual([
      ["Commission de pilotage élargie", true],
    ]);
  });
});
