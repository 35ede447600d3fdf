/**
 * A year of a body's actions as the annual report counts them: opened by a meeting of the year,
 * closed during the year, and overdue at its end — due before the next 1 January and still not
 * closed by then (the same rule as `isOverdueAction`, judged on the year's last evening).
 */
import { addDays } from "../time/paris.ts";

export type YearAction = {
  /** Paris day of the meeting that decided it. */
  meetingDay: string;
  dueOn: string;
  /** Paris day it was closed, or null while open. */
  closedOn: string | null;
};

export type YearActions = { opened: number; closed: number; overdue: number };

/** Decided by the year's end, still open on its last evening and due before the next 1 January. */
export function overdueAtYearEnd(action: YearAction, year: number): boolean {
  const next = addDays(`${year}-12-31`, 1);
  const openAtEnd =
    action.meetingDay < next && (action.closedOn === null || action.closedOn >= next);
  return openAtEnd && action.dueOn < next;
}

export function actionsOfYear(actions: readonly YearAction[], year: number): YearActions {
  const inYear = (day: string | null) => day?.startsWith(`${year}-`) === true;
  return {
    opened: actions.filter((a) => inYear(a.meetingDay)).length,
    closed: actions.filter((a) => inYear(a.closedOn)).length,
    overdue: actions.filter((a) => overdueAtYearEnd(a, year)).length,
  };
}
