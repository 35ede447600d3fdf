/**
 * A planned meeting moved or cancelled through the API, on both drivers: the reason kept and
 * audited, the .ics taking each change (SEQUENCE raised, a cancellation as METHOD:CANCEL and
 * STATUS:CANCELLED), the calendar no longer counting a cancelled meeting; refusals in French with
 * nothing written (a date in the past, no reason, a held or already cancelled meeting, the
 * commune trying).
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import {
  type Meeting,
  movedToJuly10,
  type Overview,
  unfold,
  useMeetings,
} from "./helpers/meetings.ts";

type Changed = Meeting & { day: string; startTime: string; changeReason: string | null };

describe.each(drivers)("a meeting moved or cancelled on %s", (driver) => {
  // 15 June 2025, 12:00 in Paris.
  const t = useMeetings(driver, new Date("2025-06-15T10:00:00Z"));
  const ics = async (meetingId: string) =>
    unfold(
      data<{ content: string }>(await t.h.query("meetings.ics", { meetingId }, { cookie: t.admin }))
        .content,
    );
  const row = (id: string) =>
    withSystem(t.h.database.db, async (tx) => {
      const [m] = await tx.select().from(schema.meetings).where(eq(schema.meetings.id, id));
      return m;
    });
  const audits = (id: string) =>
    withSystem(t.h.database.db, (tx) =>
      tx
        .select({ action: schema.auditLog.action, after: schema.auditLog.after })
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.entity, "meeting"), eq(schema.auditLog.entityId, id))),
    );

  test("moved to another day with its reason, then cancelled: the .ics follows, the calendar too", async () => {
    const { h, admin } = t;
    const id = await t.planFollowUp("2025-07-03");
    const move = movedToJuly10(id);
    const before = await row(id);
    for (const [change, field, message] of [
      [
        { date: "2025-06-14" },
        "date",
        "Une réunion ne peut pas être planifiée dans le passé (samedi 14 juin 2025 à 09 h 30) : choisissez une date et une heure à venir.",
      ],
      [{ reason: " " }, "reason", "Indiquez le motif du report."],
      [{ place: "" }, "place", "Indiquez un lieu ou un lien de visioconférence."],
      [{ endTime: "09:00" }, "endTime", "L'heure de fin doit suivre l'heure de début."],
    ] as const) {
      const res = await t.manage("reschedule", { ...move, ...change });
      expect(res.status, field).toBe(400);
      expect(res.error?.data.fieldErrors?.[field], field).toEqual([message]);
    }
    const dgs = await h.mutate("meetings.reschedule", move, { cookie: t.beglesDgs });
    expect(dgs.status).toBe(403);
    expect(await row(id)).toEqual(before);

    const moved = data<Changed>(await h.mutate("meetings.reschedule", move, { cookie: admin }));
    expect(moved).toMatchObject({
      status: "planifiee",
      day: "2025-07-10",
      startTime: "09:30",
      changeReason: "Le maire est retenu le 3 juillet.",
    });
    let file = await ics(id);
    expect(file).toContain("DTSTART:20250710T073000Z");
    expect(file).toContain("SEQUENCE:1");
    expect(file).toContain("STATUS:CONFIRMED");
    expect(file).toContain("Reportée : Le maire est retenu le 3 juillet.");

    const cancel = { meetingId: id, reason: "Ordre du jour reporté au comité de septembre." };
    expect(
      (await h.mutate("meetings.cancel", { ...cancel, reason: "" }, { cookie: admin })).error?.data
        .fieldErrors?.reason,
    ).toEqual(["Indiquez le motif de l'annulation."]);
    const cancelled = data<Changed>(await h.mutate("meetings.cancel", cancel, { cookie: admin }));
    expect(cancelled).toMatchObject({ status: "annulee", changeReason: cancel.reason });
    file = await ics(id);
    expect(file).toContain("METHOD:CANCEL");
    expect(file).toContain("STATUS:CANCELLED");
    expect(file).toContain("SEQUENCE:2");
    // No longer counted: the July period is to plan again.
    const view = data<Overview>(await t.overview(h.orgId("begles"), 2025, admin));
    const july = view.bodies
      .find((b) => b.body === "comite-suivi")
      ?.slots.find((s) => s.start <= "2025-07-10" && "2025-07-10" < s.end);
    expect(july).toMatchObject({ planned: 0, held: 0 });
    expect(["a-planifier", "a-venir"]).toContain(july?.state);
    expect((await audits(id)).map((a) => a.action)).toEqual([
      "meeting.plan",
      "meeting.reschedule",
      "meeting.cancel",
    ]);

    // A cancelled meeting is neither moved, cancelled again nor recorded.
    const after = await row(id);
    const again = await h.mutate("meetings.cancel", cancel, { cookie: admin });
    expect(again.error?.message).toBe(
      "Cette réunion est déjà annulée : elle ne peut plus être annulée ; planifiez-en une nouvelle.",
    );
    await t.at("2025-07-10T10:00:00Z");
    const minutes = await t.manage("record", {
      meetingId: id,
      attendeeIds: [view.people[0]?.id],
      minutes: "Compte rendu de la réunion.",
      decisions: [],
      actions: [],
    });
    expect(minutes.error?.data.fieldErrors?.minutes).toEqual([
      "Cette réunion a été annulée : elle n'a pas de compte rendu.",
    ]);
    expect(await row(id)).toEqual(after);
  });

  test("a held meeting is no longer moved nor cancelled", async () => {
    const { h } = t;
    await t.at("2025-07-20T10:00:00Z");
    const id = await t.planFollowUp("2025-07-21");
    await t.at("2025-07-21T15:00:00Z");
    const view = data<Overview>(await t.overview(h.orgId("begles"), 2025, t.admin));
    const held = await t.manage("record", {
      meetingId: id,
      attendeeIds: [view.people[0]?.id],
      minutes: "Revue des indicateurs.",
      decisions: [],
      actions: [{ title: "Chiffrer le PRA", ownerId: view.people[0]?.id, dueOn: "2025-09-30" }],
    });
    expect(held.error?.data.fieldErrors ?? null).toBeNull();
    const res = await h.mutate(
      "meetings.cancel",
      { meetingId: id, reason: "Erreur." },
      { cookie: t.admin },
    );
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe(
      "Cette réunion s'est tenue et son compte rendu est consigné : elle ne peut plus être annulée.",
    );
    expect((await row(id))?.status).toBe("tenue");

    // Its action is not followed at a later meeting once that one is cancelled.
    const next = await t.planFollowUp("2025-08-04");
    data(
      await h.mutate(
        "meetings.cancel",
        { meetingId: next, reason: "Congés." },
        { cookie: t.admin },
      ),
    );
    const action = data<Meeting>(
      await h.query("meetings.get", { meetingId: id }, { cookie: t.admin }),
    ).actions[0];
    const follow = await t.manage("updateAction", {
      actionId: action?.id,
      status: "close",
      meetingId: next,
    });
    expect(follow.error?.message).toBe(
      "Cette réunion a été annulée : suivez l'action lors d'une autre réunion.",
    );
    expect((await row(id))?.status).toBe("tenue");
  });
});
