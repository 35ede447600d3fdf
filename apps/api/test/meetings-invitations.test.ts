/**
 * Invitations by email, through the outbox (no SMTP), on both drivers: a planned meeting is sent to
 * its invitees with its .ics (METHOD:REQUEST, SEQUENCE:0), a move as a new REQUEST (SEQUENCE:1, the
 * reason in the text), a cancellation as a CANCEL (SEQUENCE:2); each change once; a meeting
 * cancelled before its invitation left sends nothing, nor one without invitees (holding up no other);
 * the dispatcher hands the .ics to the sender.
 */
import { dispatchOutbox, type EmailMessage, queueMeetingInvitations } from "@mutu/api";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { asc, like } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { movedToJuly10, type Overview, unfold, useMeetings } from "./helpers/meetings.ts";

const PUBLIC_URL = "http://mutu.test";

describe.each(drivers)("meeting invitations by email on %s", (driver) => {
  // 15 June 2025, 12:00 in Paris.
  const t = useMeetings(driver, new Date("2025-06-15T10:00:00Z"));
  const queue = () => queueMeetingInvitations(t.h.database.db, t.clock.now, PUBLIC_URL);
  const outbox = () =>
    withSystem(t.h.database.db, (tx) =>
      tx
        .select()
        .from(schema.notificationOutbox)
        .where(like(schema.notificationOutbox.subject, "%Comité de suivi%"))
        .orderBy(asc(schema.notificationOutbox.id)),
    );

  test("planned, moved, cancelled: one email per invitee and change, with its .ics", async () => {
    const { h, admin } = t;
    const people = data<Overview>(await t.overview(h.orgId("begles"), 2025, admin)).people;
    const invitees = people.slice(0, 2).map((p) => p.id);
    expect(invitees).toHaveLength(2);
    const id = await t.planFollowUp("2025-07-03", { participantIds: invitees });

    expect(await queue()).toBe(2);
    expect(await queue()).toBe(0);
    const invited = await outbox();
    expect(invited).toHaveLength(2);
    for (const mail of invited) {
      expect(mail.subject).toBe(
        "[mutu] Invitation : Comité de suivi du contrat d'engagement — Bègles",
      );
      expect(mail.body).toContain("Quand : 3 juillet 2025, de 14 h 00 à 16 h 00");
      expect(mail.body).toMatch(
        /La réunion dans mutu\s: http:\/\/mutu\.test(\/admin)?\/gouvernance\/reunion\?id=/,
      );
      expect(mail.calendar?.method).toBe("REQUEST");
      expect(mail.calendar?.filename).toMatch(/\.ics$/);
      const ics = unfold(mail.calendar?.content ?? "");
      expect(ics).toContain("METHOD:REQUEST");
      expect(ics).toContain(`UID:${id}@mutu.test`);
      expect(ics).toContain("SEQUENCE:0");
      expect(ics).toMatch(/ORGANIZER;CN=.*:mailto:admin@bordeaux-metropole\.mutu-demo\.fr/);
      expect(ics).toContain("DTSTART:20250703T120000Z");
    }

    data(await t.manage("reschedule", movedToJuly10(id)));
    expect(await queue()).toBe(2);
    const moved = (await outbox()).slice(2);
    expect(moved.map((m) => m.subject)).toEqual([
      "[mutu] Réunion reportée : Comité de suivi du contrat d'engagement — Bègles",
      "[mutu] Réunion reportée : Comité de suivi du contrat d'engagement — Bègles",
    ]);
    expect(moved[0]?.body).toContain("Motif : Le maire est retenu le 3 juillet.");
    expect(unfold(moved[0]?.calendar?.content ?? "")).toContain("SEQUENCE:1");

    data(await t.manage("cancel", { meetingId: id, reason: "Ordre du jour reporté." }));
    expect(await queue()).toBe(2);
    const cancelled = (await outbox()).slice(4);
    expect(cancelled[0]?.subject).toMatch(/^\[mutu\] Réunion annulée\s: /);
    expect(cancelled[0]?.calendar?.method).toBe("CANCEL");
    const ics = unfold(cancelled[0]?.calendar?.content ?? "");
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).toContain("SEQUENCE:2");

    // The dispatcher hands the .ics to the sender (a recorder here, SMTP in production).
    const sent: EmailMessage[] = [];
    await dispatchOutbox(h.database.db, { send: async (m) => void sent.push(m) }, t.clock.now, 500);
    const ours = sent.filter((m) => m.subject.includes("Comité de suivi"));
    expect(ours).toHaveLength(6);
    expect(ours.map((m) => m.calendar?.method)).toEqual([
      "REQUEST",
      "REQUEST",
      "REQUEST",
      "REQUEST",
      "CANCEL",
      "CANCEL",
    ]);
  });

  test("a meeting cancelled before its invitation left sends nothing", async () => {
    const { h, admin } = t;
    const before = (await outbox()).length;
    const people = data<Overview>(await t.overview(h.orgId("begles"), 2025, admin)).people;
    const id = await t.planFollowUp("2025-09-04", { participantIds: [people[0]?.id ?? ""] });
    data(await t.manage("cancel", { meetingId: id, reason: "Doublon." }));
    expect(await queue()).toBe(0);
    expect((await outbox()).length).toBe(before);
  });

  test("a meeting planned without invitees sends nothing and holds up no other", async () => {
    const { h, admin } = t;
    const before = (await outbox()).length;
    const people = data<Overview>(await t.overview(h.orgId("begles"), 2025, admin)).people;
    await t.planFollowUp("2025-09-11", { participantIds: [] });
    await t.planFollowUp("2025-09-18", { participantIds: [people[0]?.id ?? ""] });
    // Before, the empty one's insert threw and rolled the whole pass back, the other's email too.
    expect(await queue()).toBe(1);
    expect((await outbox()).length).toBe(before + 1);
    expect(await queue()).toBe(0);
  });
});
