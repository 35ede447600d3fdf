/**
 * Emailing invitations (periodic system work, with the other maintenance): each meeting planned,
 * moved or cancelled since its last email is sent to its invitees through the outbox, with its
 * .ics (METHOD:REQUEST or CANCEL, the meeting's SEQUENCE), then marked as sent for that SEQUENCE.
 * The rows are claimed (SKIP LOCKED): two passes never send one change twice.
 */
import { INVITATION_METHOD, invitationEmail, invitationToSend, parisWallTime } from "@mutu/domain";
import { type MutuDb, schema, type Tx, withSystem } from "@mutu/db";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { icsFilename, meetingInvitationIcs } from "./ics.ts";

const { meetingParticipants, meetings, notificationOutbox, organisations, people } = schema;

const meetingPath = (side: string, id: string) =>
  `${side === "operator" ? "/admin" : ""}/gouvernance/reunion?id=${encodeURIComponent(id)}`;

/** Queues the due invitations' emails; returns how many messages. */
export async function queueMeetingInvitations(
  db: MutuDb,
  now: Date,
  publicUrl: string,
  limit = 100,
): Promise<number> {
  const host = new URL(publicUrl).host;
  return withSystem(db, async (tx) => {
    const due = await tx
      .select()
      .from(meetings)
      .where(
        and(
          ne(meetings.status, "tenue"),
          sql`${meetings.invitationsSequence} is distinct from ${meetings.sequence}`,
        ),
      )
      .orderBy(asc(meetings.createdAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    let queued = 0;
    for (const meeting of due) {
      const kind = invitationToSend(meeting);
      if (kind) queued += await queueOne(tx, meeting, kind, host, publicUrl, now);
      await tx
        .update(meetings)
        .set({ invitationsSequence: meeting.sequence })
        .where(eq(meetings.id, meeting.id));
    }
    return queued;
  });
}

type MeetingRow = typeof meetings.$inferSelect;

async function queueOne(
  tx: Tx,
  meeting: MeetingRow,
  kind: NonNullable<ReturnType<typeof invitationToSend>>,
  host: string,
  publicUrl: string,
  now: Date,
) {
  const [org] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, meeting.orgId));
  const invitees = await tx
    .select({
      name: people.displayName,
      email: people.email,
      side: organisations.kind,
    })
    .from(meetingParticipants)
    .innerJoin(people, eq(people.id, meetingParticipants.personId))
    .innerJoin(organisations, eq(organisations.id, people.orgId))
    .where(
      and(
        eq(meetingParticipants.meetingId, meeting.id),
        eq(meetingParticipants.invited, true),
        eq(people.active, true),
      ),
    )
    .orderBy(asc(people.email));
  const [planner] = meeting.plannedBy
    ? await tx
        .select({ name: people.displayName, email: people.email })
        .from(people)
        .where(eq(people.id, meeting.plannedBy))
    : [];
  // The service commun's person who planned it organises it (else the first invitee). Nobody
  // invited, nobody to write to: the meeting is marked as sent all the same.
  const organizer = planner ?? invitees[0];
  if (!organizer || invitees.length === 0) return 0;
  const row = { ...meeting, orgName: org?.name ?? "" };
  const method = INVITATION_METHOD[kind];
  const calendar = {
    method,
    filename: icsFilename(row),
    content: meetingInvitationIcs(row, method, host, organizer, invitees),
  };
  const facts = {
    ...row,
    startTime: parisWallTime(meeting.startsAt),
    endTime: parisWallTime(meeting.endsAt),
  };
  await tx.insert(notificationOutbox).values(
    invitees.map((person) => {
      const mail = invitationEmail(
        kind,
        facts,
        person.name,
        `${publicUrl}${meetingPath(person.side, meeting.id)}`,
      );
      return {
        orgId: meeting.orgId,
        toEmail: person.email,
        subject: mail.subject,
        body: mail.text,
        calendar,
        nextAttemptAt: now,
        createdAt: now,
      };
    }),
  );
  return invitees.length;
}
