/**
 * The refusals that need the clock: a meeting is planned for later, its minutes are recorded once
 * it has begun, an action falls due on or after the meeting that decided it. Each returns the
 * French message and the field it is about, or null.
 */
import { frenchDate, frenchIsoDate } from "../time/french-dates.ts";
import { addMonths, parisDate } from "../time/paris.ts";
import type { MeetingStatus } from "./inputs.ts";
import { parisWallTime } from "./meeting-time.ts";

export type Refusal = { field: string; message: string };

const when = (at: Date) =>
  `${frenchIsoDate(parisDate(at))} à ${parisWallTime(at).replace(":", " h ")}`;

export function planningRefusal(startsAt: Date | null, now: Date): Refusal | null {
  if (!startsAt)
    return {
      field: "startTime",
      message:
        "Cette heure n'existe pas ce jour-là à Paris (passage à l'heure d'été) : choisissez-en une autre.",
    };
  if (startsAt.getTime() <= now.getTime())
    return {
      field: "date",
      message: `Une réunion ne peut pas être planifiée dans le passé (${when(startsAt)}) : choisissez une date et une heure à venir.`,
    };
  return null;
}

export function minutesRefusal(
  meeting: { startsAt: Date; status: MeetingStatus },
  now: Date,
): Refusal | null {
  if (meeting.status === "tenue")
    return { field: "minutes", message: "Le compte rendu de cette réunion est déjà consigné." };
  if (meeting.status === "annulee")
    return {
      field: "minutes",
      message: "Cette réunion a été annulée : elle n'a pas de compte rendu.",
    };
  if (meeting.startsAt.getTime() > now.getTime())
    return {
      field: "minutes",
      message: `Cette réunion n'a pas encore eu lieu (prévue le ${when(meeting.startsAt)}) : son compte rendu ne peut pas être consigné avant.`,
    };
  return null;
}

/**
 * Only a planned meeting is moved or cancelled: a held one has its minutes, a cancelled one stays
 * cancelled (plan another). A meeting whose time has come but whose minutes are not recorded may
 * still be cancelled (it did not take place), not moved into the past.
 */
export function changeRefusal(
  meeting: { status: MeetingStatus },
  change: "reschedule" | "cancel",
): Refusal | null {
  const verb = change === "cancel" ? "annulée" : "reportée";
  if (meeting.status === "tenue")
    return {
      field: "meetingId",
      message: `Cette réunion s'est tenue et son compte rendu est consigné : elle ne peut plus être ${verb}.`,
    };
  if (meeting.status === "annulee")
    return {
      field: "meetingId",
      message: `Cette réunion est déjà annulée : elle ne peut plus être ${verb} ; planifiez-en une nouvelle.`,
    };
  return null;
}

/**
 * Only the minutes of a held meeting are corrected, and only while the annual report of its year
 * has not been sent: a sent report is immutable, and the governance it reports must stay what it
 * said.
 */
export function minutesCorrectionRefusal(
  meeting: { status: MeetingStatus; day: string },
  sentReportYears: readonly number[],
): Refusal | null {
  if (meeting.status === "annulee")
    return {
      field: "meetingId",
      message: "Cette réunion a été annulée : elle n'a pas de compte rendu à corriger.",
    };
  if (meeting.status !== "tenue")
    return {
      field: "meetingId",
      message:
        "Cette réunion n'a pas encore de compte rendu : consignez-le avant de pouvoir le corriger.",
    };
  const year = Number(meeting.day.slice(0, 4));
  if (sentReportYears.includes(year))
    return {
      field: "meetingId",
      message: `Le rapport annuel ${year} a été envoyé : le compte rendu d'une réunion de cette année ne peut plus être corrigé.`,
    };
  return null;
}

/** An action decided at a meeting falls due on the meeting's day or later. */
export function actionDueRefusal(dueOn: string, meetingDay: string): string | null {
  return dueOn < meetingDay
    ? `L'échéance d'une action ne peut pas précéder la réunion qui la décide (${frenchDate(meetingDay)}).`
    : null;
}

/** An action still open past its due date. */
export const isOverdueAction = (action: { status: string; dueOn: string }, today: string) =>
  action.status !== "close" && action.dueOn < today;

/** How far ahead the shared service's list of every commune's next meetings looks. */
export const UPCOMING_MEETING_MONTHS = 3;

/** The days of that list, from today to the same day three months on (excluded). */
export function upcomingMeetingDays(today: string) {
  return { from: today, until: addMonths(today, UPCOMING_MEETING_MONTHS) };
}
