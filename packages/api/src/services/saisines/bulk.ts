/**
 * One action on several saisines of the queue — assign, qualify, comment, put on hold, close —
 * all or nothing. The rows are locked in id order (two bulk actions over the same saisines cannot
 * deadlock), each must still be at the version the queue showed (comments need no version), and
 * each must allow the action (the domain's bulkCheck, on the lifecycle): one that does not and
 * nothing changes; the refusal names every saisine concerned and why.
 */
import { type BulkSaisinesInput, bulkCheck, PAUSE_ACTION } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { asc, inArray } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertMaySideAct, canSee, type SaisineRow, saisineColumns, stale } from "./access.ts";
import { type Assignee, assignChange, resolveAssignee } from "./assign.ts";
import { addComment } from "./comment.ts";
import { actorFrom } from "./history.ts";
import { applyChange, type Change, mutationResult } from "./mutate.ts";
import { qualifyChange } from "./qualify.ts";
import { transitionChange } from "./transitions.ts";

const { saisines } = schema;

type Refusal = { reference: string; reason: string };

function refuse(refused: Refusal[], total: number): never {
  throw new AppError(
    "BAD_REQUEST",
    refused.length === 1 && total === 1
      ? "Cette saisine ne permet pas cette action : elle n'a pas été modifiée."
      : `${refused.length} saisine${refused.length > 1 ? "s" : ""} sur ${total} ne ${refused.length > 1 ? "permettent" : "permet"} pas cette action : aucune n'a été modifiée.`,
    { items: refused.map((r) => `${r.reference} : ${r.reason}`) },
  );
}

async function lockAll(tx: Tx, ctx: ServiceContext, input: BulkSaisinesInput) {
  const versions = new Map(input.items.map((i) => [i.saisineId, i.version]));
  const rows = await tx
    .select(saisineColumns)
    .from(saisines)
    .where(inArray(saisines.id, [...versions.keys()]))
    .orderBy(asc(saisines.id))
    .for("update");
  const visible = rows.filter((r) => canSee(ctx.caller, r));
  if (visible.length !== versions.size) throw notFound("Saisine");
  // A comment adds to the timeline: it does not depend on what the queue showed.
  if (input.action !== "comment") {
    const staleRows = visible.filter((r) => r.rowVersion !== versions.get(r.id));
    if (staleRows.length) throw stale(staleRows.map((r) => r.reference));
  }
  return visible;
}

export async function bulkAct(ctx: ServiceContext, input: BulkSaisinesInput) {
  assertMaySideAct(ctx.caller, "operator");
  const now = ctx.now();
  const actor = actorFrom(ctx.caller);
  return inTenant(ctx, async (tx) => {
    const rows = await lockAll(tx, ctx, input);
    const check = bulkCheck(
      input.action,
      rows,
      now,
      input.action === "pause" ? input.waitingFor : undefined,
    );
    const refused: Refusal[] = check.refused.map((r) => ({
      reference: r.saisine.reference,
      reason: r.reason,
    }));
    const holder =
      input.action === "assign" ? await resolveAssignee(tx, ctx.caller, input.assignee) : null;
    if (input.action === "assign" && holder)
      for (const row of check.allowed) {
        const held =
          input.assignee.kind === "person"
            ? row.assigneePersonId === holder.id
            : row.assigneeTeamId === holder.id;
        if (held)
          refused.push({ reference: row.reference, reason: `Déjà attribuée à ${holder.label}.` });
      }
    if (refused.length) refuse(refused, rows.length);
    const done = [];
    for (const row of rows) {
      if (input.action === "comment") {
        await addComment(tx, ctx.caller, row, input, now);
        done.push(mutationResult(row));
        continue;
      }
      const change: Change = await changeFor(tx, ctx, row, input, holder, now);
      done.push(mutationResult(await applyChange(tx, actor, row, change, now)));
    }
    return { done };
  });
}

function changeFor(
  tx: Tx,
  ctx: ServiceContext,
  row: SaisineRow,
  input: Exclude<BulkSaisinesInput, { action: "comment" }>,
  holder: { id: string; label: string } | null,
  now: Date,
): Promise<Change> | Change {
  switch (input.action) {
    case "assign":
      if (!holder) throw new Error("assignee not resolved");
      return assignChange(tx, ctx, row, input.assignee, holder, now);
    case "qualify": {
      const { action: _a, items: _i, ...qualification } = input;
      return qualifyChange(tx, ctx, row, qualification, now);
    }
    case "pause":
      return transitionChange(row, PAUSE_ACTION[input.waitingFor], "operator", now, input.note);
    case "close":
      return transitionChange(row, "clore", "operator", now, undefined);
  }
}

/** Several saisines to one assignee, all or nothing (the queue's bulk action « Attribuer »). */
export async function bulkAssign(
  ctx: ServiceContext,
  input: { items: { saisineId: string; version: number }[]; assignee: Assignee },
) {
  const { done } = await bulkAct(ctx, { action: "assign", ...input });
  return { assigned: done };
}
