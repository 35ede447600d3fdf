import { describe, expect, test } from "vitest";
import { agendaItems } from "./agenda.ts";
import {
  cancelMeetingInput,
  meetingActionInput,
  planMeetingInput,
  recordMeetingInput,
  rescheduleMeetingInput,
} from "./inputs.ts";
import { parisDateTime, parisWallTime } from "./meeting-time.ts";
import {
  actionDueRefusal,
  changeRefusal,
  isOverdueAction,
  UPCOMING_MEETING_MONTHS,
  upcomingMeetingDays,
  minutesRefusal,
  planningRefusal,
} from "./rules.ts";

const at = (iso: string) => new Date(iso);
const ORG = "0190a3b4-0000-7000-8000-000000000001";
const PERSON = "0190a3b4-0000-7000-8000-000000000002";

describe("parisDateTime: a meeting's wall-clock time in Paris", () => {
  test.each([
    ["winter", "2025-01-15", "09:30", "2025-01-15T08:30:00.000Z"],
    ["summer", "2025-07-15", "09:30", "2025-07-15T07:30:00.000Z"],
    ["the night clocks go forward, before", "2025-03-30", "01:59", "2025-03-30T00:59:00.000Z"],
    ["the night clocks go forward, after", "2025-03-30", "03:00", "2025-03-30T01:00:00.000Z"],
    [
      "the night clocks go back: the first 02:30",
      "2025-10-26",
      "02:30",
      "2025-10-26T00:30:00.000Z",
    ],
    ["midnight", "2025-12-31", "00:00", "2025-12-30T23:00:00.000Z"],
  ])("%s", (_label, date, time, instant) => {
    expect(parisDateTime(date, time)?.toISOString()).toBe(instant);
    expect(parisWallTime(at(instant))).toBe(time);
  });

  test.each([
    ["2025-03-30", "02:30"],
    ["2025-02-30", "10:00"],
    ["2025-01-15", "24:00"],
    ["2025-01-15", "9:30"],
  ])("%s %s is no time in Paris", (date, time) => expect(parisDateTime(date, time)).toBeNull());
});

describe("refusals", () => {
  const now = at("2025-06-10T08:00:00Z"); // 10:00 in Paris

  test("a meeting planned in the past, or at an hour the clocks skip, is refused in French", () => {
    expect(planningRefusal(parisDateTime("2025-06-10", "09:59"), now)).toEqual({
      field: "date",
      message:
        "Une réunion ne peut pas être planifiée dans le passé (mardi 10 juin 2025 à 09 h 59) : choisissez une date et une heure à venir.",
    });
    expect(planningRefusal(parisDateTime("2025-06-10", "10:00"), now)?.field).toBe("date");
    expect(planningRefusal(parisDateTime("2025-06-10", "10:01"), now)).toBeNull();
    expect(planningRefusal(null, now)?.message).toMatch(/passage à l'heure d'été/);
  });

  test("minutes wait for the meeting to begin, and are written once", () => {
    const startsAt = at("2025-06-10T12:00:00Z");
    expect(minutesRefusal({ startsAt, status: "planifiee" }, now)?.message).toBe(
      "Cette réunion n'a pas encore eu lieu (prévue le mardi 10 juin 2025 à 14 h 00) : son compte rendu ne peut pas être consigné avant.",
    );
    expect(
      minutesRefusal({ startsAt, status: "planifiee" }, at("2025-06-10T12:00:00Z")),
    ).toBeNull();
    expect(
      minutesRefusal({ startsAt, status: "tenue" }, at("2025-07-01T00:00:00Z"))?.message,
    ).toMatch(/déjà consigné/);
  });

  test("an action falls due on the meeting's day or later", () => {
    expect(actionDueRefusal("2025-06-09", "2025-06-10")).toBe(
      "L'échéance d'une action ne peut pas précéder la réunion qui la décide (10 juin 2025).",
    );
    expect(actionDueRefusal("2025-06-10", "2025-06-10")).toBeNull();
  });

  test.each([
    ["ouverte", "2025-06-09", "2025-06-10", true],
    ["en-cours", "2025-06-09", "2025-06-10", true],
    ["ouverte", "2025-06-10", "2025-06-10", false],
    ["close", "2025-01-01", "2025-06-10", false],
  ])("an action %s due %s is overdue on %s: %s", (status, dueOn, today, overdue) => {
    expect(isOverdueAction({ status, dueOn }, today)).toBe(overdue);
  });

  test.each([
    ["2026-03-16", "2026-06-16"],
    // A day missing from the third month: its last day (leap year, then not).
    ["2027-11-30", "2028-02-29"],
    ["2026-11-30", "2027-02-28"],
    ["2026-12-31", "2027-03-31"],
  ])("the next meetings listed on %s: up to %s, excluded", (today, until) => {
    expect(UPCOMING_MEETING_MONTHS).toBe(3);
    expect(upcomingMeetingDays(today)).toEqual({ from: today, until });
  });
});

describe("what people enter", () => {
  const plan = {
    orgId: ORG,
    body: "comite-suivi",
    date: "2025-07-01",
    startTime: "14:00",
    endTime: "16:00",
    agenda: ["Indicateurs"],
  };
  const messages = (r: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  }) => (r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

  test("a meeting needs a place or a video link, an end after its start, an agenda", () => {
    expect(planMeetingInput.safeParse({ ...plan, place: "Mairie" }).success).toBe(true);
    expect(messages(planMeetingInput.safeParse({ ...plan, endTime: "13:00", agenda: [] }))).toEqual(
      [
        ["agenda", "Indiquez au moins un point à l'ordre du jour."],
        ["place", "Indiquez un lieu ou un lien de visioconférence."],
        ["endTime", "L'heure de fin doit suivre l'heure de début."],
      ],
    );
    expect(
      messages(planMeetingInput.safeParse({ ...plan, videoUrl: "http://visio.example" })),
    ).toEqual([["videoUrl", "Lien de visioconférence invalide : adresse https:// attendue."]]);
  });

  test("an action without owner or due date is refused in French", () => {
    expect(messages(meetingActionInput.safeParse({ title: "Relancer l'éditeur" }))).toEqual([
      ["ownerId", "Chaque action a un responsable : choisissez-le."],
      ["dueOn", "Chaque action a une échéance : indiquez sa date."],
    ]);
    expect(
      messages(meetingActionInput.safeParse({ title: "Relancer", ownerId: "", dueOn: "" })),
    ).toEqual([
      ["ownerId", "Chaque action a un responsable : choisissez-le."],
      ["dueOn", "Chaque action a une échéance : indiquez sa date."],
    ]);
    expect(
      meetingActionInput.safeParse({ title: "Relancer", ownerId: PERSON, dueOn: "2025-07-01" })
        .success,
    ).toBe(true);
  });

  test("minutes need someone present and some text", () => {
    expect(
      messages(recordMeetingInput.safeParse({ meetingId: ORG, attendeeIds: [], minutes: "court" })),
    ).toEqual([
      ["minutes", "Consignez le compte rendu (10 caractères au moins)."],
      ["attendeeIds", "Indiquez au moins un participant présent."],
    ]);
  });
});

describe("agendaItems", () => {
  test("indicators out of target, open arbitrations, actions due, then any other business", () => {
    expect(
      agendaItems({
        indicatorsOutOfTarget: [
          {
            code: "3.3.2",
            label: "Délai de résolution des incidents",
            observed: "78 %",
            target: "90 %",
          },
        ],
        openArbitrations: [{ reference: "BEG-2025-00042", subject: "Priorité du PRA" }],
        actionsDue: [{ title: "Chiffrer le PRA", ownerLabel: "Marie Dupont", dueOn: "2025-07-01" }],
      }),
    ).toEqual([
      "Indicateur 3.3.2 hors cible — Délai de résolution des incidents (constaté : 78 %, cible : 90 %)",
      "Arbitrage en cours — saisine BEG-2025-00042 : Priorité du PRA",
      "Suivi de l'action « Chiffrer le PRA » (Marie Dupont, échéance 1er juillet 2025)",
      "Questions diverses",
    ]);
    expect(
      agendaItems({ indicatorsOutOfTarget: [], openArbitrations: [], actionsDue: [] }),
    ).toEqual(["Questions diverses"]);
  });
});

describe("changeRefusal", () => {
  test.each([
    ["planifiee", "reschedule", null],
    ["planifiee", "cancel", null],
    [
      "tenue",
      "cancel",
      "Cette réunion s'est tenue et son compte rendu est consigné : elle ne peut plus être annulée.",
    ],
    [
      "tenue",
      "reschedule",
      "Cette réunion s'est tenue et son compte rendu est consigné : elle ne peut plus être reportée.",
    ],
    [
      "annulee",
      "reschedule",
      "Cette réunion est déjà annulée : elle ne peut plus être reportée ; planifiez-en une nouvelle.",
    ],
  ] as const)("a meeting %s, %s", (status, change, message) => {
    expect(changeRefusal({ status }, change)?.message ?? null).toBe(message);
  });

  test("a cancelled meeting has no minutes", () => {
    expect(
      minutesRefusal({ status: "annulee", startsAt: new Date("2025-01-01T10:00:00Z") }, new Date())
        ?.message,
    ).toBe("Cette réunion a été annulée : elle n'a pas de compte rendu.");
  });
});

describe("rescheduleMeetingInput, cancelMeetingInput", () => {
  const id = "7f9d2c1e-4b3a-4c5d-8e6f-0a1b2c3d4e5f";
  test("a reason is required, in French", () => {
    expect(
      cancelMeetingInput.safeParse({ meetingId: id, reason: "  " }).error?.issues[0]?.message,
    ).toBe("Indiquez le motif de l'annulation.");
    const moved = rescheduleMeetingInput.safeParse({
      meetingId: id,
      date: "2025-07-10",
      startTime: "11:00",
      endTime: "10:00",
      place: "",
      reason: "",
    });
    expect(moved.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["reason", "Indiquez le motif du report."],
      ["place", "Indiquez un lieu ou un lien de visioconférence."],
      ["endTime", "L'heure de fin doit suivre l'heure de début."],
    ]);
  });
});
