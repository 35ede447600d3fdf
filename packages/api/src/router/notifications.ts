/**
 * Notifications: the caller's inbox (any signed-in person, their own only), its unread count
 * for every page's header, marking read (some or all), and their choices kind by kind.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { inbox, markRead, unread } from "../services/notifications/inbox.ts";
import { preferences, setPreferences } from "../services/notifications/preferences.ts";
import {
  inboxInput,
  inboxOutput,
  markedOutput,
  markReadInput,
  preferencesOutput,
  setPreferencesInput,
  unreadOutput,
} from "../services/notifications/schemas.ts";
import { inboxProcedure, personalProcedure } from "../trpc.ts";

/**
 * What a page asks on its own, every minute, without the person doing anything: answering it
 * never counts as activity (the session still ends when the person is away).
 */
export const BACKGROUND_PROCEDURES: readonly string[] = ["notifications.unreadCount"];

export const notificationsRouter = {
  list: inboxProcedure
    .input(inboxInput)
    .output(inboxOutput)
    .query(({ ctx, input }) => inbox(ctx, input)),
  unreadCount: inboxProcedure.output(unreadOutput).query(({ ctx }) => unread(ctx)),
  markRead: inboxProcedure
    .input(markReadInput)
    .output(markedOutput)
    .mutation(({ ctx, input }) => markRead(ctx, input)),
  preferences: personalProcedure.output(preferencesOutput).query(({ ctx }) => preferences(ctx)),
  setPreferences: personalProcedure
    .input(setPreferencesInput)
    .output(preferencesOutput)
    .mutation(({ ctx, input }) => setPreferences(ctx, input)),
} satisfies TRPCRouterRecord;
