/**
 * Comments: public (the commune reads them, and may copy the answer for a resident) or internal
 * (the operator's working notes, never shown to a commune). A comment adds to the timeline without
 * changing the saisine, so it needs no version: two people may comment at once.
 */
import {
  type CommentInput,
  canSeeComment,
  isFinalSaisineStatus,
  sidePermission,
} from "@mutu/domain";
import { AppError, forbidden } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import type { Tx } from "@mutu/db";
import type { Caller } from "../../auth/caller.ts";
import { type SaisineRow, sideOf, shareLockSaisine } from "./access.ts";
import { notify } from "../notifications/send.ts";
import { actorFrom, auditSaisine, insertEvents, recordChange } from "./history.ts";

export async function commentSaisine(ctx: ServiceContext, input: CommentInput) {
  const { caller } = ctx;
  const side = sideOf(caller);
  if (!caller.permissions.includes(sidePermission(side))) throw forbidden();
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const row = await shareLockSaisine(tx, caller, input.saisineId);
    await addComment(tx, caller, row, input, now);
    return { ok: true as const, at: now };
  });
}

/** A comment on a saisine the caller may see (locked by the caller): timeline, feed, notice, audit. */
export async function addComment(
  tx: Tx,
  caller: Caller,
  row: SaisineRow,
  input: Omit<CommentInput, "saisineId">,
  now: Date,
) {
  const side = sideOf(caller);
  if (!canSeeComment(side, input.visibility))
    throw new AppError(
      "FORBIDDEN",
      "Les commentaires internes sont réservés au service commun : votre commentaire doit être public.",
      { visibility: ["Commentaire public attendu."] },
    );
  if (isFinalSaisineStatus(row.status))
    throw new AppError(
      "BAD_REQUEST",
      "La saisine est close : elle ne reçoit plus de commentaire. Si le problème revient, déposez une nouvelle saisine.",
    );
  const actor = actorFrom(caller);
  await insertEvents(tx, row, actor, [
    { kind: "comment", visibility: input.visibility, at: now, body: input.body },
  ]);
  await recordChange(tx, row, "comment", input.visibility, now);
  if (input.visibility === "public")
    await notify(tx, row, actor, [{ kind: "public-note", side }], { note: input.body }, now);
  await auditSaisine(tx, actor, row, "saisine.comment", null, {
    visibility: input.visibility,
    length: input.body.length,
  });
}
