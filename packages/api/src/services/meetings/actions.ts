/**
 * An action is followed across meetings to its closure: the service commun sets its status,
 * usually during a later meeting of the same body (« close à la réunion suivante »).
 */
import { type UpdateActionInput, parisToday } from "@mutu/domain";
import { schema } from "@mutu/db";
import { changeRecord } from "../audit/caller-change.ts";
import { eq } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertCanManage } from "./access.ts";
import { loadMeeting } from "./load.ts";
import { actionOf, selectActions } from "./read-model.ts";

const { meetingActions } = schema;

export async function updateAction(ctx: ServiceContext, input: UpdateActionInput) {
  assertCanManage(ctx.caller);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const [action] = await tx
      .select()
      .from(meetingActions)
      .where(eq(meetingActions.id, input.actionId))
      .for("update");
    if (!action) throw notFound("Action");
    if (input.meetingId) {
      const [at, origin] = await Promise.all([
        loadMeeting(tx, input.meetingId),
        loadMeeting(tx, action.meetingId),
      ]);
      if (at.orgId !== action.orgId || at.startsAt <= origin.startsAt)
        throw new AppError(
          "BAD_REQUEST",
          "Une action se suit lors d'une réunion suivante de la même commune.",
          { meetingId: ["Choisissez une réunion suivante de la même commune."] },
        );
      if (at.status === "annulee")
        throw new AppError(
          "BAD_REQUEST",
          "Cette réunion a été annulée : suivez l'action lors d'une autre réunion.",
          { meetingId: ["Choisissez une réunion qui n'est pas annulée."] },
        );
    }
    if (action.status === input.status)
      throw new AppError("CONFLICT", "L'action est déjà dans cet état.");
    const closing = input.status === "close";
    await changeRecord(
      tx,
      ctx,
      meetingActions,
      { ...action, entity: "meeting_action" },
      {
        status: input.status,
        closedAt: closing ? now : null,
        followedAtMeetingId: input.meetingId ?? action.followedAtMeetingId,
        updatedAt: now,
      },
      {
        action: "meeting.action.update",
        before: { status: action.status },
        after: { status: input.status, meetingId: input.meetingId ?? null },
      },
    );
    const [updated] = await selectActions(tx, eq(meetingActions.id, action.id));
    if (!updated) throw new Error("action vanished");
    return actionOf(updated, parisToday(now));
  });
}
