/**
 * A governance page: the calendar of the year (each body's periods, due against held), the year's
 * meetings, the open actions and what is overdue. One transaction, a handful of indexed reads.
 */
import { parisToday } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { canManageMeetings, governedOrg, governedOrgRef } from "./access.ts";
import { bodiesDay, calendarOf, governanceOf } from "./calendar.ts";
import { actionOf, governedBy, meetingsBetween, openActions, summaryOf } from "./read-model.ts";

const { meetingActions, meetings, people } = schema;

export async function meetingsOverview(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; year: number },
) {
  const today = parisToday(ctx.now());
  const { year } = input;
  return inTenant(ctx, async (tx) => {
    const ref = governedOrgRef(ctx.caller, input.orgId);
    const operatorId = ref.kind === "operator" ? null : ctx.caller.operatorId;
    // From October before (a quarter due in January began at the earliest in October) to the
    // spring after (the next period to plan may run into the next year).
    // Every read goes out at once, on the transaction's connection (one round trip's wait).
    const [named, governance, rows, actions, invitees] = await Promise.all([
      governedOrg(tx, ctx.caller, ref.id),
      governanceOf(tx, ctx.caller, ref, bodiesDay(year, today), today),
      meetingsBetween(
        tx,
        governedBy(meetings, ref.id, operatorId),
        `${year - 1}-10-01`,
        `${year + 1}-04-01`,
      ),
      openActions(tx, governedBy(meetingActions, ref.id, operatorId)),
      canManageMeetings(ctx.caller)
        ? tx
            .select({ id: people.id, label: people.displayName, orgId: people.orgId })
            .from(people)
            .where(
              and(inArray(people.orgId, [ref.id, ctx.caller.operatorId]), eq(people.active, true)),
            )
            .orderBy(asc(people.displayName))
        : Promise.resolve([]),
    ]);
    const bodies = calendarOf(governance, rows, year, today);
    const collator = new Intl.Collator("fr");
    const open = actions.map((a) => actionOf(a, today));
    return {
      org: named,
      year,
      today,
      contract: governance.contract,
      bodies,
      meetings: rows.filter((m) => m.day.startsWith(`${year}-`)).map(summaryOf),
      openActions: open,
      overdueSlots: bodies.reduce(
        (n, b) => n + b.slots.filter((s) => s.state === "en-retard").length,
        0,
      ),
      overdueActions: open.filter((a) => a.overdue).length,
      people: invitees
        .map((p) => ({
          id: p.id,
          label: p.label,
          side: p.orgId === ctx.caller.operatorId ? ("operator" as const) : ("commune" as const),
        }))
        .sort((a, b) => collator.compare(a.label, b.label)),
      canManage: canManageMeetings(ctx.caller),
    };
  });
}
