/**
 * Governance (« gouvernance »): the calendar of the bodies a contract sets up, meetings planned
 * then held, actions followed to closure, and each person's iCalendar feed.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { updateAction } from "../services/meetings/actions.ts";
import { cancelMeeting, rescheduleMeeting } from "../services/meetings/change.ts";
import { correctMinutes } from "../services/meetings/correct.ts";
import { draftAgenda } from "../services/meetings/agenda.ts";
import { createFeed, feedStatus, revokeFeed } from "../services/meetings/calendar-feed.ts";
import { meetingIcs } from "../services/meetings/download.ts";
import { getMeeting } from "../services/meetings/get.ts";
import { meetingsOverview } from "../services/meetings/overview.ts";
import { planMeeting } from "../services/meetings/plan.ts";
import { recordMeeting } from "../services/meetings/record.ts";
import { upcomingGovernance } from "../services/meetings/upcoming.ts";
import {
  actionOutput,
  cancelMeetingInput,
  correctMinutesInput,
  draftAgendaInput,
  draftAgendaOutput,
  feedOutput,
  icsOutput,
  meetingIdInput,
  meetingOutput,
  meetingSummaryOutput,
  meetingsOverviewInput,
  overviewOutput,
  planMeetingInput,
  recordMeetingInput,
  rescheduleMeetingInput,
  upcomingOutput,
  updateActionInput,
} from "../services/meetings/schemas.ts";
import { personalProcedure, requirePermission } from "../trpc.ts";

const read = requirePermission("contracts.read");
const manage = requirePermission("contracts.manage");
const hostOf = (publicUrl: string) => new URL(publicUrl).host;

export const meetingsRouter = {
  overview: read
    .input(meetingsOverviewInput)
    .output(overviewOutput)
    .query(({ ctx, input }) => meetingsOverview(ctx, input)),
  upcoming: read
    .meta({
      description:
        "The meetings planned in the next three months and the overdue actions of every organisation the caller sees (a commune: its own and its operator's intercommunal ones), soonest first.",
    })
    .output(upcomingOutput)
    .query(({ ctx }) => upcomingGovernance(ctx)),
  get: read
    .input(meetingIdInput)
    .output(meetingOutput)
    .query(({ ctx, input }) => getMeeting(ctx, input)),
  ics: read
    .input(meetingIdInput)
    .output(icsOutput)
    .query(({ ctx, input }) => meetingIcs(ctx, input, hostOf(ctx.http.publicUrl))),
  draftAgenda: manage
    .input(draftAgendaInput)
    .output(draftAgendaOutput)
    .query(({ ctx, input }) => draftAgenda(ctx, input)),
  plan: manage
    .input(planMeetingInput)
    .output(meetingSummaryOutput)
    .mutation(({ ctx, input }) => planMeeting(ctx, input)),
  record: manage
    .input(recordMeetingInput)
    .output(meetingOutput)
    .mutation(({ ctx, input }) => recordMeeting(ctx, input)),
  reschedule: manage
    .input(rescheduleMeetingInput)
    .output(meetingOutput)
    .mutation(({ ctx, input }) => rescheduleMeeting(ctx, input)),
  cancel: manage
    .input(cancelMeetingInput)
    .output(meetingOutput)
    .mutation(({ ctx, input }) => cancelMeeting(ctx, input)),
  correctMinutes: manage
    .input(correctMinutesInput)
    .output(meetingOutput)
    .mutation(({ ctx, input }) => correctMinutes(ctx, input)),
  updateAction: manage
    .input(updateActionInput)
    .output(actionOutput)
    .mutation(({ ctx, input }) => updateAction(ctx, input)),
  feed: personalProcedure.output(feedOutput).query(({ ctx }) => feedStatus(ctx)),
  createFeed: personalProcedure
    .output(feedOutput)
    .mutation(({ ctx }) => createFeed(ctx, ctx.http.publicUrl)),
  revokeFeed: personalProcedure.output(feedOutput).mutation(({ ctx }) => revokeFeed(ctx)),
} satisfies TRPCRouterRecord;
