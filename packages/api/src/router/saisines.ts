/**
 * Saisines: filing, the commune's lists and the operator's queue, one saisine and its timeline,
 * every step of its life (qualify, assign, pause, resolve, confirm…), attachments, the change feed
 * for other tools, SLA notifications, agreed targets and the yearly recap.
 *
 * Permissions: `saisines.create` to file and for the commune's own steps, `saisines.read` to read
 * a whole commune (without it, a commune agent reads the saisines filed for them), `saisines.manage`
 * for the operator's steps, `contracts.manage` to record agreed targets.
 */
import { createSaisineInput, commentInput } from "@mutu/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { assignSaisine, bulkAssign, listAssignees } from "../services/saisines/assign.ts";
import { downloadAttachment, uploadAttachment } from "../services/saisines/attachments.ts";
import { listChanges } from "../services/saisines/changes.ts";
import { commentSaisine } from "../services/saisines/comment.ts";
import { createSaisine } from "../services/saisines/create.ts";
import { decideExceptional } from "../services/saisines/exceptional.ts";
import { getSaisine, saisineTimeline } from "../services/saisines/get.ts";
import { listNotifications, markNotificationsRead } from "../services/saisines/notifications.ts";
import { qualifySaisine } from "../services/saisines/qualify.ts";
import { listSaisines, queueSaisines } from "../services/saisines/query.ts";
import { recapOfYear } from "../services/saisines/recap.ts";
import { listTargets, setTargets } from "../services/saisines/targets.ts";
import { addInformation, transition } from "../services/saisines/transitions.ts";
import { protectedProcedure, requireAnyPermission, requirePermission } from "../trpc.ts";
import {
  addInformationInput,
  assigneesOutput,
  assignInput,
  attachmentFileOutput,
  attachmentIdInput,
  attachmentOutput,
  bulkAssignInput,
  changesInput,
  changesOutput,
  commentOutput,
  createdOutput,
  decideExceptionalInput,
  detailOutput,
  listInput,
  markReadInput,
  mutationOutput,
  notificationsInput,
  notificationsOutput,
  optionalNoteInput,
  pageOutput,
  pauseInput,
  qualifyInput,
  queueInput,
  recapInput,
  recapOutput,
  refuseInput,
  reopenInput,
  resolveInput,
  saisineIdInput,
  setTargetsInput,
  targetsInput,
  targetsOutput,
  timelineOutput,
  uploadAttachmentInput,
  withdrawInput,
} from "./saisines.schemas.ts";

const create = requirePermission("saisines.create");
const manage = requirePermission("saisines.manage");
/** Reading a saisine: filers (`saisines.create`) read their own, readers their commune's. */
const reader = requireAnyPermission("saisines.read", "saisines.create");

export const saisinesRouter = {
  create: create
    .input(createSaisineInput)
    .output(createdOutput)
    .mutation(({ ctx, input }) => createSaisine(ctx, input)),
  list: reader
    .input(listInput)
    .output(pageOutput)
    .query(({ ctx, input }) => listSaisines(ctx, input)),
  queue: manage
    .input(queueInput)
    .output(pageOutput)
    .query(({ ctx, input }) => queueSaisines(ctx, input)),
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
  start: manage
    .input(optionalNoteInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => transition(ctx, "demarrer", input)),
  pause: manage
    .input(pauseInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) =>
      transition(
        ctx,
        input.waitingFor === "commune" ? "attendre-commune" : "attendre-tiers",
        input,
      ),
    ),
  resume: manage
    .input(optionalNoteInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => transition(ctx, "reprendre", input)),
  resolve: manage
    .input(resolveInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => transition(ctx, "resoudre", input)),
  close: manage
    .input(optionalNoteInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => transition(ctx, "clore", input)),
  refuse: manage
    .input(refuseInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => transition(ctx, "refuser", input)),
  confirm: create
    .input(optionalNoteInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => transition(ctx, "confirmer", input)),
  reopen: create
    .input(reopenInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => transition(ctx, "rouvrir", input)),
  withdraw: create
    .input(withdrawInput)
    .output(mutationOutput)
    .mutation(({ ctx, input }) => transition(ctx, "retirer", input)),
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
    .input(changesInput)
    .output(changesOutput)
    .query(({ ctx, input }) => listChanges(ctx, input)),
  notifications: protectedProcedure
    .input(notificationsInput)
    .output(notificationsOutput)
    .query(({ ctx, input }) => listNotifications(ctx, input)),
  markNotificationsRead: protectedProcedure
    .input(markReadInput)
    .output(z.object({ updated: z.number() }))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx, input)),
  yearlyRecap: requirePermission("saisines.read")
    .input(recapInput)
    .output(recapOutput)
    .query(({ ctx, input }) => recapOfYear(ctx, input)),
  targets: requirePermission("saisines.read")
    .input(targetsInput)
    .output(targetsOutput)
    .query(({ ctx, input }) => listTargets(ctx, input)),
  setTargets: requirePermission("contracts.manage")
    .input(setTargetsInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => setTargets(ctx, input)),
} satisfies TRPCRouterRecord;
