/**
 * Saisines: filing, the commune's lists and the operator's queue, one saisine and its timeline,
 * every step of its life (qualify, assign, pause, resolve, confirm…), attachments, the change feed
 * for other tools, SLA notifications, agreed targets and the yearly recap.
 *
 * Permissions: `saisines.create` to file and for the commune's own steps, `saisines.read` to read
 * a whole commune (without it, a commune agent reads the saisines filed for them), `saisines.manage`
 * for the operator's steps (and the queue: its counts, saved views, bulk actions and export).
 */
import {
  commentInput,
  createSaisineInput,
  SAISINE_LIFECYCLE,
  type SaisineAction,
  PAUSE_ACTION,
  sidePermission,
} from "@mutu/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { assignSaisine, listAssignees } from "../services/saisines/assign.ts";
import { bulkAct, bulkAssign } from "../services/saisines/bulk.ts";
import { downloadAttachment, uploadAttachment } from "../services/saisines/attachments.ts";
import { listChanges } from "../services/saisines/changes.ts";
import { commentSaisine } from "../services/saisines/comment.ts";
import { createSaisine } from "../services/saisines/create.ts";
import { decideExceptional } from "../services/saisines/exceptional.ts";
import { getSaisine, saisineTimeline } from "../services/saisines/get.ts";
import { inbox, markRead } from "../services/notifications/inbox.ts";
import {
  assigneesOutput,
  attachmentFileOutput,
  attachmentOutput,
  changesOutput,
  commentOutput,
  createdOutput,
  detailOutput,
  mutationOutput,
  pageOutput,
  recapOutput,
  targetsOutput,
  timelineOutput,
} from "../services/saisines/outputs.ts";
import {
  countsOutput,
  exportOutput,
  savedViewOutput,
  viewsOutput,
} from "../services/saisines/queue-outputs.ts";
import { qualifySaisine } from "../services/saisines/qualify.ts";
import {
  countQueue,
  countSaisines,
  listSaisines,
  queueSaisines,
} from "../services/saisines/query.ts";
import { recapOfYear } from "../services/saisines/recap.ts";
import {
  actionInput,
  addInformationInput,
  assignInput,
  attachmentIdInput,
  bulkAssignInput,
  bulkInput,
  changesInput,
  countInput,
  countOutput,
  decideExceptionalInput,
  exportInput,
  listInput,
  markReadInput,
  notificationsInput,
  pauseInput,
  qualifyInput,
  queueCountInput,
  queueCountsInput,
  queueInput,
  recapInput,
  saisineIdInput,
  saveViewInput,
  targetsInput,
  uploadAttachmentInput,
  viewIdInput,
} from "../services/saisines/schemas.ts";
import { queueCounts } from "../services/saisines/counts.ts";
import { exportQueue } from "../services/saisines/export.ts";
import { deleteView, listViews, saveView } from "../services/saisines/views.ts";
import { listTargets } from "../services/saisines/targets.ts";
import {
  addInformation,
  type TransitionRequest,
  transition,
} from "../services/saisines/transitions.ts";
import { inboxOutput, markedOutput } from "../services/notifications/schemas.ts";
import { inboxProcedure, requireAnyPermission, requirePermission } from "../trpc.ts";

const create = requirePermission("saisines.create");
const manage = requirePermission("saisines.manage");
/** Reading a saisine: filers (`saisines.create`) read their own, readers their commune's. */
const reader = requireAnyPermission("saisines.read", "saisines.create");

/** A status change of the lifecycle: its side's permission, its note, the version read. */
const step = <A extends SaisineAction>(action: A) =>
  requirePermission(sidePermission(SAISINE_LIFECYCLE[action].side))
    .input(actionInput(action))
    .output(mutationOutput)
    // The note's type depends on the action; every variant is a TransitionRequest.
    .mutation(({ ctx, input }) => transition(ctx, action, input as TransitionRequest));

export const saisinesRouter = {
  create: create
    .input(createSaisineInput)
    .output(createdOutput)
    .mutation(({ ctx, input }) => createSaisine(ctx, input)),
  list: reader
    .input(listInput)
    .output(pageOutput)
    .query(({ ctx, input }) => listSaisines(ctx, input)),
  count: reader
    .meta({ description: "How many saisines `list` holds for the same filters." })
    .input(countInput)
    .output(countOutput)
    .query(({ ctx, input }) => countSaisines(ctx, input)),
  queue: manage
    .input(queueInput)
    .output(pageOutput)
    .query(({ ctx, input }) => queueSaisines(ctx, input)),
  queueCount: manage
    .meta({ description: "How many saisines `queue` holds for the same filters." })
    .input(queueCountInput)
    .output(countOutput)
    .query(({ ctx, input }) => countQueue(ctx, input)),
  get: reader
    .input(saisineIdInput)
    .output(detailOutput)
    .query(({ ctx, input }) => getSaisine(ctx, input)),
  timeline: reader
    .input(saisineIdInput)
    .output(timelineOutput)
    .query(({ ctx, input }) => saisineTimeline(ctx, input)),
  addInformation: create
    .input(addInformationInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => addInformation(ctx, input)),
  comment: reader
    .input(commentInput)
    .output(commentOutput)
    .mutation(({ ctx, input }) => commentSaisine(ctx, input)),
  qualify: manage
    .input(qualifyInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => qualifySaisine(ctx, input)),
  assign: manage
    .input(assignInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => assignSaisine(ctx, input)),
  bulkAssign: manage
    .input(bulkAssignInput)
    .output(z.object({ assigned: z.array(mutationOutput) }))
    .mutation(({ ctx, input }) => bulkAssign(ctx, input)),
  assignees: manage.output(assigneesOutput).query(({ ctx }) => listAssignees(ctx)),
  bulk: manage
    .input(bulkInput)
    .output(z.object({ done: z.array(mutationOutput) }))
    .mutation(({ ctx, input }) => bulkAct(ctx, input)),
  queueCounts: manage
    .input(queueCountsInput)
    .output(countsOutput)
    .query(({ ctx, input }) => queueCounts(ctx, input)),
  export: manage
    .input(exportInput)
    .output(exportOutput)
    .query(({ ctx, input }) => exportQueue(ctx, input)),
  views: manage.output(viewsOutput).query(({ ctx }) => listViews(ctx)),
  saveView: manage
    .meta({ tokens: "refused" })
    .input(saveViewInput)
    .output(savedViewOutput)
    .mutation(({ ctx, input }) => saveView(ctx, input)),
  deleteView: manage
    .meta({ tokens: "refused" })
    .input(viewIdInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => deleteView(ctx, input)),
  start: step("demarrer"),
  pause: requirePermission("saisines.manage")
    .input(pauseInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => transition(ctx, PAUSE_ACTION[input.waitingFor], input)),
  resume: step("reprendre"),
  resolve: step("resoudre"),
  close: step("clore"),
  refuse: step("refuser"),
  confirm: step("confirmer"),
  reopen: step("rouvrir"),
  withdraw: step("retirer"),
  decideExceptional: manage
    .input(decideExceptionalInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => decideExceptional(ctx, input)),
  uploadAttachment: reader
    .input(uploadAttachmentInput)
    .output(attachmentOutput)
    .mutation(({ ctx, input }) => uploadAttachment(ctx, input)),
  attachment: reader
    .input(attachmentIdInput)
    .output(attachmentFileOutput)
    .query(({ ctx, input }) => downloadAttachment(ctx, input)),
  changes: requirePermission("saisines.read")
    .meta({
      description:
        "The change feed for other tools: every saisine changed since a cursor, oldest first.",
    })
    .input(changesInput)
    .output(changesOutput)
    .query(({ ctx, input }) => listChanges(ctx, input)),
  // Kept for the tools that used them: the inbox is `notifications.*` now.
  notifications: inboxProcedure
    .input(notificationsInput)
    .output(inboxOutput)
    .query(({ ctx, input }) => inbox(ctx, input)),
  markNotificationsRead: inboxProcedure
    .input(markReadInput)
    .output(markedOutput)
    .mutation(({ ctx, input }) => (input.ids.length ? markRead(ctx, input) : { updated: 0 })),
  yearlyRecap: requirePermission("saisines.read")
    .input(recapInput)
    .output(recapOutput)
    .query(({ ctx, input }) => recapOfYear(ctx, input)),
  targets: requirePermission("saisines.read")
    .input(targetsInput)
    .output(targetsOutput)
    .query(({ ctx, input }) => listTargets(ctx, input)),
} satisfies TRPCRouterRecord;
