/**
 * Meetings as iCalendar (RFC 5545), written by ical-generator: one meeting to download, or a
 * person's feed. Times are UTC instants (each calendar shows them in its own zone); a meeting's
 * SEQUENCE rises when it is moved, cancelled or recorded, so subscribed calendars take the change.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { MeetingRow } from "./read-model.ts";

type Meeting = MeetingRow & { orgName: string };

const PROD_ID = { company: "mutu", product: "Gouvernance", language: "FR" };

function description(m: Meeting) {
  const lines = [`${m.label} — ${m.orgName}`];
  if (m.changeReason)
    lines.push(`${m.status === "annulee" ? "Annulée" : "Reportée"} : ${m.changeReason}`);
  if (m.videoUrl) lines.push(`Visioconférence : ${m.videoUrl}`);
  if (m.agenda.length)
    lines.push("", "Ordre du jour :", ...m.agenda.map((item, i) => `${i + 1}. ${item}`));
  return lines.join("\n");
}

/**
 * A feed PUBLISHes its meetings, a cancelled one with STATUS:CANCELLED; one cancelled meeting
 * downloaded alone is a CANCEL, which calendars apply to the event they hold.
 */
export function meetingsCalendar(name: string, meetings: readonly Meeting[], host: string) {
  const cancelOne = meetings.length === 1 && meetings[0]?.status === "annulee";
  const calendar = ical({
    name,
    prodId: PROD_ID,
    method: cancelOne ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  for (const m of meetings)
    calendar.createEvent({
      id: `${m.id}@${host}`,
      start: m.startsAt,
      end: m.endsAt,
      stamp: m.cancelledAt ?? m.recordedAt ?? m.createdAt,
      sequence: m.sequence,
      summary: `${m.label} — ${m.orgName}`,
      description: description(m),
      location: m.place || m.videoUrl || null,
      url: m.videoUrl || null,
      status: m.status === "annulee" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  return calendar.toString();
}

/**
 * One meeting sent to its invitees: a REQUEST (planned or moved) or a CANCEL, with the organiser
 * and the attendees RFC 5546 asks for, the same UID and SEQUENCE as the downloads and feeds.
 */
export function meetingInvitationIcs(
  m: Meeting,
  method: "REQUEST" | "CANCEL",
  host: string,
  organizer: { name: string; email: string },
  attendees: readonly { name: string; email: string }[],
) {
  const calendar = ical({
    prodId: PROD_ID,
    method: method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: `${m.id}@${host}`,
    start: m.startsAt,
    end: m.endsAt,
    stamp: m.cancelledAt ?? m.createdAt,
    sequence: m.sequence,
    summary: `${m.label} — ${m.orgName}`,
    description: description(m),
    location: m.place || m.videoUrl || null,
    url: m.videoUrl || null,
    status: method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer,
    attendees: attendees.map((a) => ({ name: a.name, email: a.email, rsvp: false })),
  });
  return calendar.toString();
}

/** « comite-de-suivi-begles-2025-06-12.ics » */
export function icsFilename(m: Meeting) {
  const slug = `${m.label} ${m.orgName}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return `${slug}-${m.day}.ics`;
}

/** The feed's name in calendars: « Réunions mutu — Marie Dupont ». */
export const feedName = (person: string) => `Réunions de gouvernance — ${person}`;
