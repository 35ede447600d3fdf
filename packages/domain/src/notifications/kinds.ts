/**
 * What a person is told about, in the app and, if they wish, by email: a saisine assigned to them
 * or their team, a saisine waiting for their commune, 75 % of a deadline, a deadline passed, a
 * resolution, a new public comment, a decision expected (an exceptional saisine, an arbitration).
 * Each kind has its French label and whether, by default, it is also sent by email.
 */
import { z } from "zod";

export const NOTIFICATION_KINDS = [
  "assigned",
  "waiting-commune",
  "sla-warning",
  "sla-breach",
  "resolved",
  "public-comment",
  "decision-expected",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  assigned: "Saisine attribuée à moi ou à mon équipe",
  "waiting-commune": "Saisine en attente de ma commune",
  "sla-warning": "75 % d'un délai atteint",
  "sla-breach": "Délai dépassé",
  resolved: "Saisine résolue",
  "public-comment": "Nouveau commentaire public",
  "decision-expected": "Décision attendue (saisine exceptionnelle, arbitrage)",
};

/** Who may receive each kind: the shared service's staff, the commune's people, or both. */
export const NOTIFICATION_KIND_SIDES: Record<
  NotificationKind,
  readonly ("operator" | "commune")[]
> = {
  assigned: ["operator"],
  "waiting-commune": ["commune"],
  "sla-warning": ["operator"],
  "sla-breach": ["operator"],
  resolved: ["commune"],
  "public-comment": ["operator", "commune"],
  "decision-expected": ["operator", "commune"],
};

/** How a kind reaches a person: in the app only, or also by email. */
export const NOTIFICATION_DELIVERIES = ["app", "email"] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
export const NOTIFICATION_DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  app: "Dans mutu seulement",
  email: "Dans mutu et par courriel",
};

/**
 * Until a person chooses: deadlines and what waits for them by email too (someone away from mutu
 * must not miss them), the rest in the app.
 */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  assigned: "email",
  "waiting-commune": "email",
  "sla-warning": "email",
  "sla-breach": "email",
  resolved: "email",
  "public-comment": "app",
  "decision-expected": "email",
};

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS, {
  error: "Type de notification inconnu.",
});
const deliverySchema = z.enum(NOTIFICATION_DELIVERIES, {
  error: "Choisissez « dans mutu seulement » ou « dans mutu et par courriel ».",
});

/** A person's choices, kind by kind (kinds left out keep their default). */
export const notificationPreferencesInput = z.object({
  deliveries: z.partialRecord(notificationKindSchema, deliverySchema),
});
export type NotificationPreferencesInput = z.output<typeof notificationPreferencesInput>;

/** The delivery of each kind for a person: their choice, else the default. */
export function deliveriesOf(
  chosen: Partial<Record<NotificationKind, NotificationDelivery>>,
): Record<NotificationKind, NotificationDelivery> {
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, chosen[kind] ?? DEFAULT_DELIVERY[kind]]),
  ) as Record<NotificationKind, NotificationDelivery>;
}

/** Marking read: some notifications by id, or all of the person's. */
export const markNotificationsReadInput = z.union([
  z.object({
    ids: z
      .array(z.uuid({ error: "Notification inconnue." }))
      .min(1, { error: "Choisissez au moins une notification." })
      .max(200, { error: "200 notifications au plus à la fois." }),
  }),
  z.object({ all: z.literal(true) }),
]);
