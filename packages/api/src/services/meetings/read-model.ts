/**
 * Reading meetings and actions: the rows as the pages show them (Paris day and wall-clock times,
 * an action overdue or not), and the queries every meetings verb shares.
 */
import { isOverdueAction, parisWallTime } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, eq, gte, lt, ne, or, type SQL } from "drizzle-orm";

const { meetingActions, meetings } = schema;

export type MeetingRow = typeof meetings.$inferSelect;
export type ActionRow = typeof meetingActions.$inferSelect;

export const summaryOf = (m: MeetingRow) => ({
  id: m.id,
  orgId: m.orgId,
  body: m.body,
  subDomain: m.subDomain,
  label: m.label,
  day: m.day,
  startTime: parisWallTime(m.startsAt),
  endTime: parisWallTime(m.endsAt),
  place: m.place,
  videoUrl: m.videoUrl,
  status: m.status,
  shared: m.shared,
});

type ActionWithMeeting = ActionRow & { meetingLabel: string; meetingDay: string };

export const actionOf = (a: ActionWithMeeting, today: string) => ({
  id: a.id,
  meetingId: a.meetingId,
  meetingLabel: a.meetingLabel,
  meetingDay: a.meetingDay,
  title: a.title,
  ownerId: a.ownerId,
  ownerLabel: a.ownerLabel,
  dueOn: a.dueOn,
  status: a.status,
  overdue: isOverdueAction(a, today),
  closedAt: a.closedAt,
  followedAtMeetingId: a.followedAtMeetingId,
});

type Scoped = typeof meetings | typeof meetingActions;

/**
 * The rows a governance page counts: a commune's own, and for a member of a convention the
 * intercommunal ones of its operator (RLS lets it read those); for the operator (`operatorId`
 * null), its shared ones. Meetings and actions carry the same three columns.
 */
export function governedBy(table: Scoped, orgId: string, operatorId: string | null): SQL {
  const sharedOf = (id: string) => and(eq(table.operatorId, id), eq(table.shared, true));
  if (operatorId === null) return sharedOf(orgId) as SQL;
  return or(and(eq(table.orgId, orgId), eq(table.shared, false)), sharedOf(operatorId)) as SQL;
}

export function meetingsBetween(tx: Tx, where: SQL, from: string, to: string) {
  return tx
    .select()
    .from(meetings)
    .where(and(where, gte(meetings.day, from), lt(meetings.day, to)))
    .orderBy(asc(meetings.startsAt));
}

const actionColumns = {
  action: meetingActions,
  meetingLabel: meetings.label,
  meetingDay: meetings.day,
};

/** Actions with their meeting's name and day, oldest due first. */
export async function selectActions(tx: Tx, where: SQL | undefined) {
  const rows = await tx
    .select(actionColumns)
    .from(meetingActions)
    .innerJoin(meetings, eq(meetings.id, meetingActions.meetingId))
    .where(where)
    .orderBy(asc(meetingActions.dueOn), asc(meetingActions.createdAt));
  return rows.map((r) => ({ ...r.action, meetingLabel: r.meetingLabel, meetingDay: r.meetingDay }));
}

/** Actions not yet closed. */
export const openActions = (tx: Tx, where: SQL | undefined) =>
  selectActions(tx, and(where, ne(meetingActions.status, "close")));

export const actionsOfMeeting = (tx: Tx, meetingId: string) =>
  selectActions(tx, eq(meetingActions.meetingId, meetingId));
