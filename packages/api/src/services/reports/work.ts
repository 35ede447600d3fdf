/**
 * The report's sections on the work the contract organises, read through the features that own
 * the rules: the governance calendar (meetings' `calendarOf`, due against held) with the actions
 * of the year, and the year of projects (`projectsYear`: indicators 2.1.1 / 2.1.2, a member's
 * level-1 share). A section whose source the commune lacks is left out.
 */
import {
  actionsOfYear,
  daysOf,
  overdueAtYearEnd,
  PROJECT_ACTIVITIES,
  PROJECT_ACTIVITY_LABELS,
  PROJECT_SCOPE_LABELS,
  PROJECT_STATUS_LABELS,
  parisDate,
  type ReportDataSection,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import type { Caller } from "../../auth/caller.ts";
import { bodiesDay, calendarOf, governanceOf, keyOfMeeting } from "../meetings/calendar.ts";
import { governedBy, meetingsBetween, selectActions } from "../meetings/read-model.ts";
import { projectsYear } from "../projects/read.ts";

const { meetingActions, meetings } = schema;

type Section<K extends ReportDataSection["key"]> = Extract<ReportDataSection, { key: K }>;

export async function meetingsSection(
  tx: Tx,
  caller: Caller,
  orgId: string,
  year: number,
  today: string,
): Promise<Section<"meetings"> | null> {
  const [governance, rows, actions] = await Promise.all([
    governanceOf(tx, caller, { id: orgId, kind: "commune" }, bodiesDay(year, today), today),
    meetingsBetween(
      tx,
      governedBy(meetings, orgId, caller.operatorId),
      `${year - 1}-10-01`,
      `${year + 1}-04-01`,
    ),
    selectActions(tx, governedBy(meetingActions, orgId, caller.operatorId)),
  ]);
  const held = rows.filter((m) => m.status === "tenue" && m.day.startsWith(`${year}-`));
  if (governance.bodies.length === 0 && held.length === 0) return null;
  const counted = actions.map((a) => ({
    ...a,
    closedOn: a.closedAt ? parisDate(a.closedAt) : null,
  }));
  return {
    key: "meetings",
    bodies: calendarOf(governance, rows, year, today).map((b) => ({
      body: b.body,
      label: b.label,
      cadence: b.cadence,
      due: b.due,
      // A body without a rhythm owes nothing: its meetings held are counted all the same.
      held: b.due ? b.held : held.filter((m) => keyOfMeeting(m) === b.key).length,
      sentence: b.sentence,
    })),
    held: held.map((m) => ({ label: m.label, day: m.day })),
    actions: actionsOfYear(counted, year),
    overdueActions: counted
      .filter((a) => overdueAtYearEnd(a, year))
      .map((a) => ({
        title: a.title,
        owner: a.ownerLabel,
        dueOn: a.dueOn,
        meeting: a.meetingLabel,
        meetingDay: a.meetingDay,
      })),
  };
}

export async function projectsSection(
  tx: Tx,
  orgId: string,
  year: number,
  today: string,
): Promise<Section<"projects"> | null> {
  const read = await projectsYear(tx, orgId, year, today);
  const { load, delivery, level1 } = read;
  const inYear = read.rows.filter(
    (r) =>
      read.plannedYearsOf(r).includes(year) ||
      r.plannedYear === year ||
      r.deliveredOn?.startsWith(`${year}-`) ||
      (read.yearHalfDays.get(r.id) ?? 0) > 0,
  );
  if (load.committedDays === null && !level1 && inYear.length === 0) return null;
  return {
    key: "projects",
    committedDays: load.committedDays,
    plannedDays: load.plannedDays,
    loggedDays: load.loggedDays,
    consumedRate: load.consumedRate,
    byActivity: PROJECT_ACTIVITIES.map((a) => ({
      label: PROJECT_ACTIVITY_LABELS[a],
      ...load.byActivity[a],
    })),
    delivery: {
      planned: delivery.planned,
      delivered: delivery.delivered,
      rate: delivery.rate,
      deliveredOutsidePlan: delivery.deliveredOutsidePlan,
    },
    projects: inYear.map((r) => ({
      title: r.title,
      kind: r.kind,
      scope: r.kind === "mission" ? "Mission de niveau 1" : PROJECT_SCOPE_LABELS[r.scope],
      status: PROJECT_STATUS_LABELS[r.status],
      plannedYear: r.plannedYear,
      deliveredOn: r.deliveredOn,
      yearDays: daysOf(read.yearHalfDays.get(r.id) ?? 0),
    })),
    level1: level1 && {
      tierLabel: level1.tierLabel,
      allowanceDays: level1.allowanceDays,
      chargedDays: level1.chargedDays,
      remainingDays: level1.remainingDays,
      beyondHalfDays: level1.beyondHalfDays,
      beyondCents: level1.beyondCents,
    },
  };
}
