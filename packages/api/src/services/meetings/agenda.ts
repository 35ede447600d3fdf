/**
 * The agenda a meeting starts from, before the person planning edits it: the indicators out of
 * target of the last quarter ended, the commune's open arbitrations, and the actions due by the
 * meeting's day.
 */
import { agendaItems } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, eq, lte } from "drizzle-orm";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { governedOrg } from "./access.ts";
import { indicatorsOutOfTarget } from "./agenda-indicators.ts";
import { governedBy, openActions } from "./read-model.ts";

const { arbitrations, meetingActions, saisines } = schema;

export function draftAgenda(ctx: ServiceContext, input: { orgId: string; date: string }) {
  return inTenant(ctx, async (tx) => {
    const org = await governedOrg(tx, ctx.caller, input.orgId);
    const operatorId = org.kind === "operator" ? null : ctx.caller.operatorId;
    const [outOfTarget, open, due] = await Promise.all([
      org.kind === "operator"
        ? Promise.resolve([])
        : indicatorsOutOfTarget(tx, ctx.caller, org.id, input.date, ctx.now()),
      org.kind === "operator"
        ? Promise.resolve([])
        : tx
            .select({ reference: saisines.reference, subject: arbitrations.subject })
            .from(arbitrations)
            .innerJoin(saisines, eq(saisines.id, arbitrations.saisineId))
            .where(and(eq(arbitrations.orgId, org.id), eq(arbitrations.status, "ouvert")))
            .orderBy(asc(arbitrations.raisedAt)),
      openActions(
        tx,
        and(governedBy(meetingActions, org.id, operatorId), lte(meetingActions.dueOn, input.date)),
      ),
    ]);
    return {
      items: agendaItems({
        indicatorsOutOfTarget: outOfTarget,
        openArbitrations: open,
        actionsDue: due.map((a) => ({ title: a.title, ownerLabel: a.ownerLabel, dueOn: a.dueOn })),
      }),
    };
  });
}
