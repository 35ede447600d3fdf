/**
 * Input and output schemas of the notifications procedures, built from the domain's: the inbox
 * (newest first, paged by keyset), its unread count, marking read, and each person's choices.
 */
import {
  instantOutput,
  markNotificationsReadInput,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  notificationPreferencesInput,
} from "@mutu/domain";
import { z } from "zod";

export const inboxInput = z.object({
  unreadOnly: z.boolean().default(false),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const markReadInput = markNotificationsReadInput;
export const setPreferencesInput = notificationPreferencesInput;

const kind = z.enum(NOTIFICATION_KINDS);

export const notificationOutput = z.object({
  id: z.string(),
  kind,
  milestone: z.enum(["handling", "resolution", "ola"]).nullable(),
  saisineId: z.string(),
  /** Null when the saisine is no longer within the person's reach (the link says it is gone). */
  reference: z.string().nullable(),
  saisineTitle: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  actorLabel: z.string().nullable(),
  dueAt: instantOutput.nullable(),
  createdAt: instantOutput,
  readAt: instantOutput.nullable(),
});

export const inboxOutput = z.object({
  unread: z.number(),
  items: z.array(notificationOutput),
  nextCursor: z.string().nullable(),
});
export const unreadOutput = z.object({ unread: z.number() });
export const markedOutput = z.object({ updated: z.number() });

export const preferencesOutput = z.object({
  /** The kinds this person can receive (their side's), each with its delivery now. */
  kinds: z.array(
    z.object({
      kind,
      delivery: z.enum(NOTIFICATION_DELIVERIES),
      chosen: z.boolean(),
    }),
  ),
});
