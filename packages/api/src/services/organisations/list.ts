/** Member organisations as the caller may see them, with their communal referent. */
import { schema } from "@mutu/db";
import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notFound } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";

const { organisations, people } = schema;
const referent = alias(people, "referent");

const columns = {
  id: organisations.id,
  kind: organisations.kind,
  operatorId: organisations.operatorId,
  name: organisations.name,
  slug: organisations.slug,
  population: organisations.population,
  proximityCentre: organisations.proximityCentre,
  communalReferent: sql<{
    id: string;
    displayName: string;
  } | null>`case when ${referent.id} is null then null else json_build_object('id', ${referent.id}, 'displayName', ${referent.displayName}) end`,
};

export function listOrganisations(ctx: ServiceContext) {
  return inTenant(ctx, (tx) =>
    tx
      .select(columns)
      .from(organisations)
      .leftJoin(referent, eq(referent.id, organisations.communalReferentId))
      .orderBy(asc(organisations.kind), asc(organisations.name)),
  ).then((rows) => rows.filter((r) => ctx.caller.visibleOrgIds.includes(r.id)));
}

export async function getOrganisation(ctx: ServiceContext, orgId: string) {
  assertVisibleOrg(ctx.caller, orgId);
  const [row] = await inTenant(ctx, (tx) =>
    tx
      .select(columns)
      .from(organisations)
      .leftJoin(referent, eq(referent.id, organisations.communalReferentId))
      .where(eq(organisations.id, orgId)),
  );
  if (!row) throw notFound("Organisation");
  return row;
}
