/**
 * The decision an exceptional saisine waits for (000 art. 4): taken by the responsible managers of
 * both sides, recorded by the operator — accepted with adapted means (work may start, the clock
 * runs) or declined with reasons (the saisine is refused). Recorded once, never changed.
 */
import { type ExceptionalDecisionInput, exceptionalDecisionAction } from "@mutu/domain";
import { schema } from "@mutu/db";
import type { ServiceContext } from "../tenant.ts";
import { assertMaySideAct } from "./access.ts";
import { actorFrom } from "./history.ts";
import { mutateSaisine, mutationResult } from "./mutate.ts";
import { transitionChange } from "./transitions.ts";

const { saisineExceptionalDecisions } = schema;

export async function decideExceptional(
  ctx: ServiceContext,
  input: ExceptionalDecisionInput & { version: number },
) {
  assertMaySideAct(ctx.caller, "operator");
  const row = await mutateSaisine(ctx, input, async (current, tx, now) => {
    const action = exceptionalDecisionAction(input.outcome);
    const change = transitionChange(current, action, "operator", now, input.reasons);
    const actor = actorFrom(ctx.caller);
    const decision = {
      outcome: input.outcome,
      decidedOn: input.decidedOn,
      reasons: input.reasons,
      adaptedMeans: input.adaptedMeans ?? null,
      communeManager: input.communeManager,
      sharedServiceManager: input.sharedServiceManager,
    };
    await tx.insert(saisineExceptionalDecisions).values({
      saisineId: current.id,
      orgId: current.orgId,
      ...decision,
      actorPersonId: actor.personId,
      actorTokenId: actor.tokenId,
      actorLabel: actor.label,
      actorSide: actor.side,
      createdAt: now,
    });
    const last = change.events[change.events.length - 1];
    if (last) {
      last.payload = { ...last.payload, decision };
      last.clock = { kind: "exception-decided", at: now, outcome: input.outcome };
    }
    return {
      ...change,
      action: "saisine.exceptional-decision",
      set: {
        ...change.set,
        // A declined saisine is refused: the lifecycle's change already closes it.
        exceptionAccepted: input.outcome === "acceptee",
      },
      // The reasons stay in the timeline (redacted with a resident's data); the trail keeps who and what.
      auditAfter: {
        decision: {
          outcome: decision.outcome,
          decidedOn: decision.decidedOn,
          communeManager: decision.communeManager,
          sharedServiceManager: decision.sharedServiceManager,
        },
      },
    };
  });
  return mutationResult(row);
}
