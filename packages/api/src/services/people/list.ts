/** People of the organisations the caller may see, with their functions. */
import { schema } from "@mutu/db";
import { and, asc, count, eq, gt, inArray, isNull } from "drizzle-orm";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";

const { apiTokens, functions, people, personFunctions } = schema;

export async function listPeople(ctx: ServiceContext, input: { orgId?: string | undefined }) {
  if (input.orgId) assertVisibleOrg(ctx.caller, input.orgId);
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .select({
        id: people.id,
        orgId: people.orgId,
        email: people.email,
        displayName: people.displayName,
        active: people.active,
        createdAt: people.createdAt,
      })
      .from(people)
      .where(input.orgId ? eq(people.orgId, input.orgId) : undefined)
      .orderBy(asc(people.displayName));
    const ids = rows.map((r) => r.id);
    const held = ids.length
      ? await tx
          .select({
            personId: personFunctions.personId,
            id: functions.id,
            code: functions.code,
            label: functions.label,
          })
          .from(personFunctions)
          .innerJoin(functions, eq(functions.id, personFunctions.functionId))
          .where(and(inArray(personFunctions.personId, ids)))
      : [];
    const tokens = ids.length
      ? await tx
          .select({ personId: apiTokens.createdBy, n: count() })
          .from(apiTokens)
          .where(
            and(
              inArray(apiTokens.createdBy, ids),
              isNull(apiTokens.revokedAt),
              gt(apiTokens.expiresAt, ctx.now()),
            ),
          )
          .groupBy(apiTokens.createdBy)
      : [];
    return rows.map((r) => ({
      ...r,
      functions: held.filter((h) => h.personId === r.id).map(({ personId: _p, ...f }) => f),
      activeTokens: tokens.find((t) => t.personId === r.id)?.n ?? 0,
    }));
  });
}

/** The operator's catalogue of functions, for the side the organisation is on. */
export function listFunctions(ctx: ServiceContext) {
  return inTenant(ctx, (tx) =>
    tx
      .select({
        id: functions.id,
        code: functions.code,
        label: functions.label,
        side: functions.side,
        permissions: functions.permissions,
      })
      .from(functions)
      .orderBy(asc(functions.side), asc(functions.label)),
  );
}
