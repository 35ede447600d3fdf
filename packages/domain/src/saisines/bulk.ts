/**
 * Acting on several saisines of the queue at once — assign, qualify, comment, put on hold, close —
 * where the lifecycle allows it for each of them. All or nothing: if one of them does not allow
 * the action, none is changed, and each refusal says which saisine and why (the status machine's
 * own sentence).
 */
import { z } from "zod";
import { assignmentRefusal } from "./assignment.ts";
import {
  assignSaisineInput,
  bulkItemsSchema,
  commentInput,
  PAUSE_ACTION,
  type PauseWaitingFor,
  pauseSaisineInput,
  qualifySaisineInput,
} from "./inputs.ts";
import type { SaisineAction } from "./lifecycle.ts";
import { applyTransition, type SaisineStatusState } from "./status.ts";
import { isFinalSaisineStatus, SAISINE_STATUS_LABELS } from "./vocabulary.ts";

export const QUEUE_BULK_ACTIONS = ["assign", "qualify", "comment", "pause", "close"] as const;
export type QueueBulkAction = (typeof QUEUE_BULK_ACTIONS)[number];

export const QUEUE_BULK_ACTION_LABELS: Record<QueueBulkAction, string> = {
  assign: "Attribuer",
  qualify: "Qualifier",
  comment: "Commenter",
  pause: "Mettre en attente",
  close: "Clore",
};

/** The lifecycle action a bulk action is, where it is one. */
const LIFECYCLE_ACTION: Partial<Record<QueueBulkAction, SaisineAction>> = {
  qualify: "qualifier",
  close: "clore",
};

export type BulkCandidate = SaisineStatusState & { reference: string };

/**
 * Why `saisine` does not allow the action now (a French sentence), or null. The operator's side
 * acts; closing still waits for the commune's confirmation delay.
 */
export function bulkRefusal(
  action: QueueBulkAction,
  saisine: BulkCandidate,
  now: Date,
  waitingFor: PauseWaitingFor = "commune",
): string | null {
  if (action === "assign") return assignmentRefusal(saisine);
  if (action === "comment")
    return isFinalSaisineStatus(saisine.status)
      ? `La saisine est ${SAISINE_STATUS_LABELS[saisine.status].toLowerCase()} : elle ne reçoit plus de commentaire.`
      : null;
  const lifecycle = action === "pause" ? PAUSE_ACTION[waitingFor] : LIFECYCLE_ACTION[action];
  if (!lifecycle) return null;
  const result = applyTransition(saisine, { action: lifecycle, side: "operator", at: now });
  return result.ok ? null : result.error;
}

/** The saisines that allow the action, and those that do not with their reason. */
export function bulkCheck<T extends BulkCandidate>(
  action: QueueBulkAction,
  saisines: readonly T[],
  now: Date,
  waitingFor?: PauseWaitingFor,
): { allowed: T[]; refused: { saisine: T; reason: string }[] } {
  const allowed: T[] = [];
  const refused: { saisine: T; reason: string }[] = [];
  for (const saisine of saisines) {
    const reason = bulkRefusal(action, saisine, now, waitingFor);
    if (reason) refused.push({ saisine, reason });
    else allowed.push(saisine);
  }
  return { allowed, refused };
}

const { saisineId: _q, ...qualifyFields } = qualifySaisineInput.shape;
const { saisineId: _c, ...commentFields } = commentInput.shape;
const { saisineId: _p, ...pauseFields } = pauseSaisineInput.shape;

/** One action on the saisines ticked in the queue, with what that action needs. */
export const bulkSaisinesInput = z.discriminatedUnion(
  "action",
  [
    z.object({
      action: z.literal("assign"),
      items: bulkItemsSchema,
      assignee: assignSaisineInput.shape.assignee,
    }),
    z.object({ action: z.literal("qualify"), items: bulkItemsSchema, ...qualifyFields }),
    z.object({ action: z.literal("comment"), items: bulkItemsSchema, ...commentFields }),
    z.object({ action: z.literal("pause"), items: bulkItemsSchema, ...pauseFields }),
    z.object({ action: z.literal("close"), items: bulkItemsSchema }),
  ],
  { error: "Choisissez l'action à appliquer à la sélection." },
);
export type BulkSaisinesInput = z.output<typeof bulkSaisinesInput>;
