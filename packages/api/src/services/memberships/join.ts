/**
 * A commune joins the operator's convention (its council's deliberation): the convention is created
 * for it with its first period of membership. The choice is priced on the way in, so it can be billed.
 */
import { auditForPricing, frenchDate, type JoinMembershipInput, parisToday } from "@mutu/domain";
import { schema } from "@mutu/db";
import { eq } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { assertOperatorSide } from "../contracts/access.ts";
import { contractOfOrg } from "../contracts/read-model.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { priceOrThrow } from "./choice-rules.ts";
import { insertPeriod } from "./periods.ts";
import { operatorTariff } from "./tariff.ts";
import { membershipView } from "./view.ts";
import { auditChange } from "../audit/caller-change.ts";

const { contracts, organisations } = schema;

export async function joinConvention(ctx: ServiceContext, input: JoinMembershipInput) {
  assertOperatorSide(ctx.caller);
  assertVisibleOrg(ctx.caller, input.orgId);
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, input.orgId));
    if (!org) throw notFound("Organisation");
    if (org.kind !== "commune")
      throw new AppError("BAD_REQUEST", "Seule une commune membre adhère à la convention.", {
        orgId: ["Choisissez une commune."],
      });
    const existing = await contractOfOrg(tx, org.id, "convention", true);
    if (existing)
      throw new AppError(
        "CONFLICT",
        existing.effectiveTo
          ? `${org.name} a quitté la convention le ${frenchDate(existing.effectiveTo)} : une nouvelle adhésion n'est pas encore prise en charge.`
          : `${org.name} adhère déjà à la convention : changez sa formule plutôt.`,
      );
    const { row: tariff, data } = await operatorTariff(tx);
    priceOrThrow(
      data,
      {
        population: org.population,
        subscription: input.subscription,
        joinedOn: input.effectiveFrom,
        ...auditForPricing(input.subscription, input.auditInvoicedOn),
      },
      org.name,
    );
    const [contract] = await tx
      .insert(contracts)
      .values({
        orgId: org.id,
        operatorId: ctx.caller.operatorId,
        kind: "convention",
        title: `Convention de service commun – ${ctx.caller.org.name}`,
        effectiveFrom: input.effectiveFrom,
        tariffCode: tariff.code,
      })
      .returning({ id: contracts.id });
    if (!contract) throw new Error("insert returned nothing");
    const period = await insertPeriod(
      tx,
      { id: contract.id, orgId: org.id },
      input,
      ctx.caller.personId,
    );
    await auditChange(tx, ctx, {
      orgId: org.id,
      action: "membership.join",
      entity: "contract",
      entityId: contract.id,
      after: { tariff: tariff.code, period },
    });
    const created = await contractOfOrg(tx, org.id, "convention");
    if (!created) throw new Error("contract vanished");
    return membershipView(tx, created, today);
  });
}
