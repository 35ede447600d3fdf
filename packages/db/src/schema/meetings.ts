/**
 * Governance meetings (000 art. 5, 002 §6.1): a meeting of one body of a contract, planned then held,
 * who was invited and who came, and the actions it decided, followed to closure across meetings.
 * A meeting of a Redon intercommunal body belongs to the operator and is shared with its members
 * (`shared`); every other meeting belongs to the commune it is about.
 *
 * Each person's iCalendar feed is reached by a secret URL: only the secret's hash is kept.
 */
import { ACTION_STATUSES, MEETING_BODIES, MEETING_STATUSES, type MeetingBody } from "@mutu/domain";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { calendarDate, createdAt, id, instant, oneOf, refersTo, timestamps } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { contracts } from "./contracts.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

/**
 * Whose a meeting's rows are: the organisation and its operator, and whether every member of the
 * operator sees them (`shared`: Redon's intercommunal bodies).
 */
const meetingScope = () => ({
  ...orgAndOperator(),
  shared: boolean().notNull().default(false),
});

export const meetings = pgTable(
  "meetings",
  {
    id: id(),
    /** The commune the meeting is about, or the operator for an intercommunal body. */
    ...meetingScope(),
    contractId: uuid().references(() => contracts.id),
    body: text().$type<MeetingBody>().notNull(),
    subDomain: text({ enum: ["A", "B", "C", "D"] }),
    /** The body's name as the contract words it, at planning time. */
    label: text().notNull(),
    /** The Paris day, kept beside the instants: the calendar counts days. */
    day: calendarDate().notNull(),
    startsAt: instant().notNull(),
    endsAt: instant().notNull(),
    place: text().notNull().default(""),
    videoUrl: text().notNull().default(""),
    agenda: jsonb().$type<string[]>().notNull(),
    status: text({ enum: MEETING_STATUSES }).notNull(),
    minutes: text(),
    decisions: jsonb().$type<string[]>().notNull().default([]),
    otherAttendees: jsonb().$type<string[]>().notNull().default([]),
    /** iCalendar SEQUENCE: raised by each change a subscriber's calendar must take. */
    sequence: integer().notNull().default(0),
    /** The SEQUENCE whose invitation (or cancellation) was last emailed to the invitees. */
    invitationsSequence: integer(),
    plannedBy: uuid().references(() => people.id),
    recordedBy: uuid().references(() => people.id),
    recordedAt: instant(),
    /** Why it was last moved or cancelled, as the invitees were told (the audit keeps each one). */
    changeReason: text(),
    cancelledAt: instant(),
    /** The minutes' last correction and why (the earlier text is in the audit trail). */
    minutesCorrectedAt: instant(),
    minutesCorrectionReason: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.orgId, t.day),
    index().on(t.operatorId, t.day).where(sql`${t.shared}`),
    // The invitations still to email (maintenance pass).
    index("meetings_invitations_due")
      .on(t.id)
      .where(
        sql`${t.status} <> 'tenue' and ${t.invitationsSequence} is distinct from ${t.sequence}`,
      ),
    check("meetings_known_body", oneOf(t.body, MEETING_BODIES)),
    check("meetings_known_status", oneOf(t.status, MEETING_STATUSES)),
    check("meetings_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check(
      "meetings_cancelled_has_reason",
      sql`(${t.status} = 'annulee') = (${t.cancelledAt} is not null and ${t.changeReason} is not null)`,
    ),
    check(
      "meetings_correction_has_reason",
      sql`(${t.minutesCorrectedAt} is null) = (${t.minutesCorrectionReason} is null)`,
    ),
    check(
      "meetings_held_has_minutes",
      sql`${t.status} <> 'tenue' or (${t.minutes} is not null and ${t.recordedAt} is not null)`,
    ),
  ],
);

/** Who is invited to a meeting, and, once held, who came. */
export const meetingParticipants = pgTable(
  "meeting_participants",
  {
    meetingId: refersTo(() => meetings.id),
    personId: refersTo(() => people.id),
    /** The name shown: people of other members are not readable from a commune (shared bodies). */
    personLabel: text().notNull(),
    ...meetingScope(),
    invited: boolean().notNull(),
    attended: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.personId] }), index().on(t.personId)],
);

/** An action decided at a meeting: its owner, due date and status, closed at a later meeting. */
export const meetingActions = pgTable(
  "meeting_actions",
  {
    id: id(),
    meetingId: refersTo(() => meetings.id),
    ...meetingScope(),
    title: text().notNull(),
    ownerId: refersTo(() => people.id),
    ownerLabel: text().notNull(),
    dueOn: calendarDate().notNull(),
    status: text({ enum: ACTION_STATUSES }).notNull(),
    /** The meeting at which it was last followed (closed « at the next meeting »). */
    followedAtMeetingId: uuid().references(() => meetings.id),
    closedAt: instant(),
    ...timestamps(),
  },
  (t) => [
    index().on(t.orgId, t.status, t.dueOn),
    index().on(t.meetingId),
    index().on(t.ownerId),
    check("meeting_actions_known_status", oneOf(t.status, ACTION_STATUSES)),
    check("meeting_actions_closed_at", sql`(${t.status} = 'close') = (${t.closedAt} is not null)`),
  ],
);

/** A person's calendar subscription: the hash of the secret in its URL. Revoked = deleted. */
export const calendarFeeds = pgTable("calendar_feeds", {
  personId: uuid()
    .primaryKey()
    .references(() => people.id),
  orgId: refersTo(() => organisations.id),
  secretHash: text().notNull().unique(),
  createdAt: createdAt(),
});
