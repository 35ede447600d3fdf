/**
 * The deadline of an annual report (000 art. 5: « au plus tard le 31 mars de l'année N+1 ») and the
 * reminders before it: from 1 March, from 24 March, and once it has passed. Each stage is reminded
 * once by email; the app shows the current one while the report is not sent.
 */
import { frenchDate } from "../time/french-dates.ts";
import { addDays } from "../time/paris.ts";
import type { ReportStatus } from "./lifecycle.ts";

export const REMINDER_STAGES = ["month", "week", "overdue"] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

/** 'YYYY-MM-DD' Paris day by which the report of `year` is sent. */
export const reportDeadline = (year: number) => `${year + 1}-03-31`;

export type Reminder = { stage: ReminderStage; deadline: string; daysLeft: number; text: string };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The reminder due on `today` for the report of `year` (null: none, or already sent). */
export function reportReminder(
  year: number,
  status: ReportStatus | null,
  today: string,
): Reminder | null {
  if (status === "sent" || status === "presented") return null;
  const deadline = reportDeadline(year);
  const daysLeft = daysBetween(today, deadline);
  const stage: ReminderStage | null =
    today > deadline
      ? "overdue"
      : today >= addDays(deadline, -7)
        ? "week"
        : today >= `${year + 1}-03-01`
          ? "month"
          : null;
  if (!stage) return null;
  const due = frenchDate(deadline);
  const text =
    stage === "overdue"
      ? `Le rapport annuel ${year} devait être envoyé le ${due} et ne l'a pas encore été.`
      : `Le rapport annuel ${year} est à envoyer au plus tard le ${due} (${daysLeft === 0 ? "aujourd'hui" : daysLeft === 1 ? "demain" : `dans ${daysLeft} jours`}).`;
  return { stage, deadline, daysLeft, text };
}
