/**
 * Emailing a meeting's invitees (000 art. 5 bodies): a meeting planned or moved is sent as an
 * iCalendar REQUEST, a cancelled one as a CANCEL — once per SEQUENCE, so calendars apply each
 * change to the event they hold. A held meeting sends nothing (its minutes are read in mutu), nor
 * does a meeting cancelled before its invitation ever left.
 */
import { frenchDate } from "../time/french-dates.ts";
import type { MeetingStatus } from "./inputs.ts";

export type InvitationKind = "invitation" | "report" | "annulation";

export function invitationToSend(meeting: {
  status: MeetingStatus;
  sequence: number;
  invitationsSequence: number | null;
}): InvitationKind | null {
  if (meeting.invitationsSequence === meeting.sequence || meeting.status === "tenue") return null;
  if (meeting.status === "annulee")
    return meeting.invitationsSequence === null ? null : "annulation";
  return meeting.invitationsSequence === null ? "invitation" : "report";
}

export const INVITATION_METHOD: Record<InvitationKind, "REQUEST" | "CANCEL"> = {
  invitation: "REQUEST",
  report: "REQUEST",
  annulation: "CANCEL",
};

/** The email's subject and text, in French. */
export function invitationEmail(
  kind: InvitationKind,
  m: {
    label: string;
    orgName: string;
    day: string;
    startTime: string;
    endTime: string;
    place: string;
    videoUrl: string;
    agenda: readonly string[];
    changeReason: string | null;
  },
  recipient: string,
  link: string,
) {
  const when = `${frenchDate(m.day)}, de ${m.startTime.replace(":", " h ")} à ${m.endTime.replace(":", " h ")}`;
  const title = `${m.label} — ${m.orgName}`;
  const heads: Record<InvitationKind, [string, string]> = {
    invitation: [`Invitation : ${title}`, `Vous êtes invité(e) à la réunion « ${title} ».`],
    report: [`Réunion reportée : ${title}`, `La réunion « ${title} » est reportée.`],
    annulation: [`Réunion annulée : ${title}`, `La réunion « ${title} » est annulée.`],
  };
  const [subject, lead] = heads[kind];
  const lines = [`Bonjour ${recipient},`, "", lead];
  if (kind !== "annulation") {
    lines.push("", `Quand : ${when}`);
    if (m.place) lines.push(`Lieu : ${m.place}`);
    if (m.videoUrl) lines.push(`Visioconférence : ${m.videoUrl}`);
  } else lines.push(`Elle devait se tenir le ${when}.`);
  if (kind !== "invitation" && m.changeReason) lines.push(`Motif : ${m.changeReason}`);
  if (kind !== "annulation" && m.agenda.length)
    lines.push("", "Ordre du jour :", ...m.agenda.map((item, i) => `${i + 1}. ${item}`));
  lines.push(
    "",
    kind === "annulation"
      ? "Le fichier joint retire la réunion de votre agenda."
      : "Le fichier joint ajoute (ou met à jour) la réunion dans votre agenda.",
    `La réunion dans mutu : ${link}`,
    "",
  );
  return { subject: `[mutu] ${subject}`, text: lines.join("\n") };
}
