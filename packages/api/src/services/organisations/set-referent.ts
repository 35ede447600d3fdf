/** Naming the operator's person who heads a commune's centre de proximité. */
import { schema } from "@mutu/db";
import { and, eq } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { changeRecord } from "../audit/caller-change.ts";

const { organisations, people } = schema;

export async function setCommunalReferent(
  ctx: ServiceContext,
  input: { orgId: string; personId: string | null },
) {
  assertVisibleOrg(ctx.caller, input.orgId);
  return inTenant(ctx, async (tx) => {
    const [org] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, input.orgId))
      .for("update");
    if (!org) throw notFound("Organisation");
    if (org.kind !== "commune")
      throw new AppError("BAD_REQUEST", "Seule une commune a un référent communal.");
    if (input.personId) {
      const [person] = await tx
        .select({ id: people.id })
        .from(people)
        .where(
          and(
            eq(people.id, input.personId),
            eq(people.orgId, ctx.caller.operatorId),
            eq(people.active, true),
          ),
        );
      if (!person)
        throw new AppError(
          "BAD_REQUEST",
          "Le référent communal doit être une personne active du service commun.",
          {
            personId: ["Choisissez une personne du service commun."],
          },
        );
    }
    await changeRecord(
      tx,
      ctx,
      organisations,
      { id: org.id, orgId: org.id, entity: "organisation" },
      { communalReferentId: input.personId },
      {
        action: "organisation.set-referent",
        before: { communalReferentId: org.communalReferentId },
        after: { communalReferentId: input.personId },
      },
    );
    return { ok: true as const };
  });
}
