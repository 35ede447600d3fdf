/**
 * What people enter about meetings, with its French messages: planning one (date, times, place or
 * video link, agenda, who is invited), recording it once held (who came, minutes, decisions and
 * actions — each with its owner and due date), and following an action to its closure.
 */
import { z } from "zod";
import { subDomainLetterSchema } from "../contracts/annex.ts";
import { choose } from "../errors/field-errors.ts";
import { requiredIsoDate } from "../time/schemas.ts";
import { MEETING_BODIES } from "./bodies.ts";
import { isWallTime } from "./meeting-time.ts";

const uuid = (message: string) => z.uuid({ error: message });

const wallTime = (missing: string) =>
  z
    .string({ error: missing })
    .min(1, missing)
    .refine(isWallTime, { message: "Heure invalide : format HH:MM attendu (ex. 09:30)." });

const lines = (what: string, max: number, each: number) =>
  z
    .array(
      z
        .string({ error: `${what} : texte attendu.` })
        .trim()
        .min(1, { error: `${what} : une ligne ne peut pas être vide.` })
        .max(each, { error: `${what} : ${each} caractères au plus par ligne.` }),
      { error: `${what} : liste attendue.` },
    )
    .max(max, { error: `${what} : ${max} lignes au plus.` });

export const meetingBodySchema = z.enum(MEETING_BODIES, {
  error: choose("Choisissez l'instance qui se réunit.", "Instance inconnue."),
});

/** Somewhere to meet, and an end after the start. */
function placeAndTimes(
  m: { place: string; videoUrl: string; startTime: string; endTime: string },
  ctx: z.RefinementCtx,
) {
  if (!m.place && !m.videoUrl)
    ctx.addIssue({
      code: "custom",
      path: ["place"],
      message: "Indiquez un lieu ou un lien de visioconférence.",
    });
  if (isWallTime(m.startTime) && isWallTime(m.endTime) && m.endTime <= m.startTime)
    ctx.addIssue({
      code: "custom",
      path: ["endTime"],
      message: "L'heure de fin doit suivre l'heure de début.",
    });
}

export const planMeetingInput = z
  .object({
    /** The commune, or the operator for an intercommunal body (002 §6.1). */
    orgId: uuid("Choisissez la commune concernée."),
    body: meetingBodySchema,
    subDomain: subDomainLetterSchema.nullable().default(null),
    date: requiredIsoDate("Indiquez la date de la réunion."),
    startTime: wallTime("Indiquez l'heure de début."),
    endTime: wallTime("Indiquez l'heure de fin."),
    place: z
      .string({ error: "Lieu : texte attendu." })
      .trim()
      .max(300, { error: "Lieu trop long (300 caractères au plus)." })
      .default(""),
    videoUrl: z
      .string({ error: "Lien : texte attendu." })
      .trim()
      .max(500, { error: "Lien trop long (500 caractères au plus)." })
      .refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v), {
        message: "Lien de visioconférence invalide : adresse https:// attendue.",
      })
      .default(""),
    agenda: lines("Ordre du jour", 50, 500).min(1, {
      error: "Indiquez au moins un point à l'ordre du jour.",
    }),
    participantIds: z
      .array(uuid("Participant inconnu."), { error: "Liste de participants attendue." })
      .max(80, { error: "80 participants au plus." })
      .default([]),
  })
  .superRefine(placeAndTimes);
export type PlanMeetingInput = z.output<typeof planMeetingInput>;

export const meetingActionInput = z.object({
  title: z
    .string({ error: "Décrivez l'action." })
    .trim()
    .min(3, { error: "Décrivez l'action (3 caractères au moins)." })
    .max(500, { error: "Action trop longue (500 caractères au plus)." }),
  ownerId: z
    .string({ error: "Chaque action a un responsable : choisissez-le." })
    .min(1, { error: "Chaque action a un responsable : choisissez-le." })
    .pipe(uuid("Responsable inconnu.")),
  dueOn: requiredIsoDate("Chaque action a une échéance : indiquez sa date."),
});
export type MeetingActionInput = z.output<typeof meetingActionInput>;

const minutesText = z
  .string({ error: "Consignez le compte rendu." })
  .trim()
  .min(10, { error: "Consignez le compte rendu (10 caractères au moins)." })
  .max(20_000, { error: "Compte rendu trop long (20 000 caractères au plus)." });
const meetingDecisions = lines("Décisions", 50, 1000).default([]);

export const recordMeetingInput = z
  .object({
    meetingId: uuid("Réunion inconnue."),
    attendeeIds: z
      .array(uuid("Participant inconnu."), { error: "Liste de participants attendue." })
      .max(80, { error: "80 participants au plus." }),
    otherAttendees: lines("Autres participants", 40, 200).default([]),
    minutes: minutesText,
    decisions: meetingDecisions,
    actions: z
      .array(meetingActionInput, { error: "Liste d'actions attendue." })
      .max(50, { error: "50 actions au plus." })
      .default([]),
  })
  .superRefine((m, ctx) => {
    if (m.attendeeIds.length === 0 && m.otherAttendees.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["attendeeIds"],
        message: "Indiquez au moins un participant présent.",
      });
  });
export type RecordMeetingInput = z.output<typeof recordMeetingInput>;

export const ACTION_STATUSES = ["ouverte", "en-cours", "close"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  ouverte: "Ouverte",
  "en-cours": "En cours",
  close: "Close",
};

export const updateActionInput = z.object({
  actionId: uuid("Action inconnue."),
  status: z.enum(ACTION_STATUSES, {
    error: choose("Choisissez l'état de l'action.", "État inconnu : ouverte, en-cours ou close."),
  }),
  /** The meeting at which the action is followed (closed « at the next meeting »), if any. */
  meetingId: uuid("Réunion inconnue.").optional(),
});
export type UpdateActionInput = z.output<typeof updateActionInput>;

export const MEETING_STATUSES = ["planifiee", "tenue", "annulee"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planifiee: "Planifiée",
  tenue: "Tenue",
  annulee: "Annulée",
};

const changeReason = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(1000, { error: "Motif trop long (1 000 caractères au plus)." });

/** A planned meeting moved to another time (or place), with the reason given to the invitees. */
export const rescheduleMeetingInput = z
  .object({
    meetingId: uuid("Réunion inconnue."),
    date: requiredIsoDate("Indiquez la nouvelle date de la réunion."),
    startTime: wallTime("Indiquez l'heure de début."),
    endTime: wallTime("Indiquez l'heure de fin."),
    place: planMeetingInput.shape.place,
    videoUrl: planMeetingInput.shape.videoUrl,
    reason: changeReason("Indiquez le motif du report."),
  })
  .superRefine(placeAndTimes);
export type RescheduleMeetingInput = z.output<typeof rescheduleMeetingInput>;

export const cancelMeetingInput = z.object({
  meetingId: uuid("Réunion inconnue."),
  reason: changeReason("Indiquez le motif de l'annulation."),
});
export type CancelMeetingInput = z.output<typeof cancelMeetingInput>;

export const meetingIdInput = z.object({ meetingId: uuid("Réunion inconnue.") });

export const meetingsOverviewInput = z.object({
  orgId: uuid("Organisation inconnue.").optional(),
  year: z
    .number({ error: "Année attendue." })
    .int({ error: "Année attendue." })
    .min(2000, { error: "Année entre 2000 et 2100." })
    .max(2100, { error: "Année entre 2000 et 2100." }),
});

/** The minutes of a held meeting corrected, with the reason (the earlier text stays in the audit). */
export const correctMinutesInput = z.object({
  meetingId: uuid("Réunion inconnue."),
  minutes: minutesText,
  decisions: meetingDecisions,
  reason: changeReason("Indiquez le motif de la correction."),
});
export type CorrectMinutesInput = z.output<typeof correctMinutesInput>;
