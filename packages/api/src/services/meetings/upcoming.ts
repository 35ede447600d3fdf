/**
 * The shared service's governance across its communes: the meetings planned in the next three
 * months and the actions past their due day, every commune's (and the intercommunal bodies'),
 * with the organisation each is about. A commune reads its own and its operator's shared ones.
 */
import { schema } from "@mutu/db";
import { isOverdueAction, parisToday, upcomingMeetingDays } from "@mutu/domain";
import { and, asc, eq, gte, inArray, lt, or, type SQL } from "drizzle-orm";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { actionOf, openActions, summaryOf } from "./read-model.ts";

const { meetingActions, meetings, organisations } = schema;

export async function upcomingGovernance(ctx: ServiceContext) {
  const today = parisToday(ctx.now());
  const { from, until } = upcomingMeetingDays(today);
  const { caller } = ctx;
  const seen = (table: typeof meetings | typeof meetingActions) =>
    or(
      inArray(table.orgId, caller.visibleOrgIds),
      and(eq(table.operatorId, caller.operatorId), eq(table.shared, true)),
    ) as SQL;
  return inTenant(ctx, async (tx) => {
    const [planned, late, names] = await Promise.all([
      tx
        .select()
        .from(meetings)
        .where(
          and(
            seen(meetings),
            eq(meetings.status, "planifiee"),
            gte(meetings.day, from),
            lt(meetings.day, until),
          ),
        )
        .orderBy(asc(meetings.startsAt)),
      // Open and due before today: `isOverdueAction` below is the rule, this only narrows the read.
      openActions(tx, and(seen(meetingActions), lt(meetingActions.dueOn, today))),
      tx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, [...caller.visibleOrgIds, caller.operatorId])),
    ]);
    const nameOf = new Map(names.map((o) => [o.id, o.name]));
    return {
      today,
      until,
      meetings: planned.map((m) => ({ ...summaryOf(m), orgName: nameOf.get(m.orgId) ?? "" })),
      overdueActions: late
        .filter((a) => isOverdueAction(a, today))
        .map((a) => ({ ...actionOf(a, today), orgName: nameOf.get(a.orgId) ?? "" })),
    };
  });
}
