/**
 * The time limits of the RGPD in a shared information system (seed 004 section V, GDPR art. 12
 * and 33). A breach is notified to the CNIL within 72 hours of awareness — hours are hours, no
 * working-day shift. A data subject's request is answered within one month, extendable by two
 * more (the person told why within the first month); periods in months follow EU Regulation
 * 1182/71: the day of receipt is not counted, the period ends at the end of the same date of the
 * last month (or that month's last day), and a period ending on a Saturday, a Sunday or a public
 * holiday ends at the end of the next working day.
 */
import { isFrenchWorkingDay } from "../sla/holidays.ts";
import { addDays, addMonths, parisDate, parisDayEnd } from "../time/paris.ts";

export const BREACH_NOTIFICATION_HOURS = 72;
const HOUR_MS = 3_600_000;

export function breachNotificationDeadline(awareAt: Date): Date {
  return new Date(awareAt.getTime() + BREACH_NOTIFICATION_HOURS * HOUR_MS);
}

/** Notified after the deadline: the notification must say why (GDPR art. 33(1)). */
export function isLateNotification(awareAt: Date, notifiedAt: Date): boolean {
  return notifiedAt.getTime() > breachNotificationDeadline(awareAt).getTime();
}

export const SUBJECT_REQUEST_MONTHS = 1;
export const SUBJECT_REQUEST_EXTENDED_MONTHS = 3;

/** The instant the answer is due: the Paris midnight ending the period's last day. */
export function subjectRequestDeadline(
  receivedAt: Date,
  options: { extended?: boolean } = {},
): Date {
  const months = options.extended ? SUBJECT_REQUEST_EXTENDED_MONTHS : SUBJECT_REQUEST_MONTHS;
  let lastDay = addMonths(parisDate(receivedAt), months);
  while (!isFrenchWorkingDay(lastDay)) lastDay = addDays(lastDay, 1);
  return parisDayEnd(lastDay);
}
