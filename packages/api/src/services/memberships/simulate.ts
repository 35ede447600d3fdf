/** "Et si je choisissais…": another choice priced for a member (or any population), nothing written. */
import { SUBSCRIPTION_LABELS, type SimulateContributionInput } from "@mutu/domain";
import { schema } from "@mutu/db";
import { eq } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { priceOrThrow } from "./choice-rules.ts";
import { operatorTariff } from "./tariff.ts";
import { level1Of } from "./view.ts";

const { organisations } = schema;

export async function simulateContribution(ctx: ServiceContext, input: SimulateContributionInput) {
  const orgId = input.orgId ?? (ctx.caller.org.kind === "commune" ? ctx.caller.org.id : undefined);
  if (orgId) assertVisibleOrg(ctx.caller, orgId);
  if (!orgId && input.population === undefined)
    throw new AppError("BAD_REQUEST", "Choisissez une commune ou indiquez une population.", {
      population: ["Population attendue."],
    });
  return inTenant(ctx, async (tx) => {
    const { data: tariff } = await operatorTariff(tx);
    let name = "cette commune";
    let population = input.population ?? null;
    if (orgId) {
      const [org] = await tx.select().from(organisations).where(eq(organisations.id, orgId));
      if (!org) throw notFound("Organisation");
      name = org.name;
      population ??= org.population;
    }
    const { orgId: _o, population: _p, ...choice } = input;
    const contribution = priceOrThrow(tariff, { ...choice, population }, name, {});
    return {
      population: population ?? 0,
      subscription: input.subscription,
      subscriptionLabel: SUBSCRIPTION_LABELS[input.subscription],
      contribution,
      level1:
        input.subscription === "socle-complet" && population !== null
          ? level1Of(tariff, population)
          : null,
    };
  });
}
