/** Recording an adoption, or a yearly revision, of a commune's three-year digital plan (004). */
import { appendAudit, schema } from "@mutu/db";
import { type AdoptPlanInput, parisDate, planAdoptionRefusal } from "@mutu/domain";
import { and, eq } from "drizzle-orm";
import { AppError, forbidden } from "../../errors.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { actorFields, projectActor, refuse } from "./access.ts";

const { digitalPlans } = schema;

/** The commune records its own plan; the shared service may record it for a member. */
export async function adoptPlan(ctx: ServiceContext, input: AdoptPlanInput) {
  const { caller } = ctx;
  const orgId = targetOrgId(caller, input.orgId);
  if (caller.org.kind === "commune" && orgId !== caller.org.id) throw forbidden();
  const now = ctx.now();
  const refusal = planAdoptionRefusal(input, parisDate(now));
  if (refusal) refuse(refusal.field, refusal.message);
  const actor = projectActor(caller);
  return inTenant(ctx, async (tx) => {
    const [same] = await tx
      .select({ id: digitalPlans.id })
      .from(digitalPlans)
      .where(and(eq(digitalPlans.orgId, orgId), eq(digitalPlans.adoptedOn, input.adoptedOn)));
    if (same)
      throw new AppError("CONFLICT", "Un schéma est déjà enregistré à cette date d'adoption.", {
        adoptedOn: ["Un schéma est déjà enregistré à cette date d'adoption."],
      });
    const { orgId: _org, ...plan } = input;
    const [created] = await tx
      .insert(digitalPlans)
      .values({ orgId, ...plan, ...actorFields(actor), createdAt: now })
      .returning();
    if (!created) throw new Error("plan insert returned nothing");
    await appendPlanAudit(tx, actor, created);
    return { id: created.id, ...plan };
  });
}

function appendPlanAudit(
  tx: Parameters<typeof appendAudit>[0],
  actor: ReturnType<typeof projectActor>,
  plan: typeof digitalPlans.$inferSelect,
) {
  return appendAudit(tx, {
    orgId: plan.orgId,
    actor,
    action: "digital-plan.adopt",
    entity: "digital-plan",
    entityId: plan.id,
    after: { title: plan.title, startYear: plan.startYear, adoptedOn: plan.adoptedOn },
  });
}
