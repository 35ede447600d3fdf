/**
 * A member changes its choice (a simple decision): the open period ends the day the new one begins.
 * Refused once notice is given — the convention is ending — and on the day the current one began.
 */
import {
  auditForPricing,
  type ChangeChoiceInput,
  frenchDate,
  inheritedAudit,
  parisToday,
} from "@mutu/domain";
import { schema } from "@mutu/db";
import { eq } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { assertOperatorSide } from "../contracts/access.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { priceOrThrow } from "./choice-rules.ts";
import { conventionBeforeNotice, insertPeriod, selectPeriods } from "./periods.ts";
import { tariffData } from "./tariff.ts";
import { membershipView } from "./view.ts";
import { auditChange } from "../audit/caller-change.ts";

const { memberships } = schema;

export async function changeChoice(ctx: ServiceContext, input: ChangeChoiceInput) {
  assertOperatorSide(ctx.caller);
  assertVisibleOrg(ctx.caller, input.orgId);
  const today = parisToday(ctx.now());
  return inTenant(ctx, async (tx) => {
    const contract = await conventionBeforeNotice(
      tx,
      input.orgId,
      (on) => `Préavis donné le ${frenchDate(on)} : la formule ne peut plus changer.`,
    );
    const periods = await selectPeriods(tx, [contract.id]);
    const open = periods.find((p) => p.effectiveTo === null);
    if (!open) throw new AppError("CONFLICT", "Cette adhésion n'a plus de formule en cours.");
    if (open.subscription === input.subscription)
      throw new AppError("BAD_REQUEST", "C'est déjà la formule en vigueur.", {
        subscription: ["Choisissez une autre formule."],
      });
    if (input.effectiveFrom <= open.effectiveFrom)
      throw new AppError(
        "BAD_REQUEST",
        `Le changement doit prendre effet après le ${frenchDate(open.effectiveFrom)}, début de la formule actuelle.`,
        { effectiveFrom: [`Après le ${frenchDate(open.effectiveFrom)}.`] },
      );
    // An audit invoiced under the current choice still counts for a socle complet joined in time.
    const inherited = inheritedAudit(open, input.effectiveFrom);
    priceOrThrow(
      tariffData(contract.tariffCode),
      {
        population: contract.population,
        subscription: input.subscription,
        joinedOn: input.effectiveFrom,
        ...auditForPricing(input.subscription, input.auditInvoicedOn ?? inherited),
      },
      contract.orgName,
    );
    await tx
      .update(memberships)
      .set({ effectiveTo: input.effectiveFrom })
      .where(eq(memberships.id, open.id));
    const period = await insertPeriod(tx, contract, input, ctx.caller.personId);
    await auditChange(tx, ctx, {
      orgId: contract.orgId,
      action: "membership.change-choice",
      entity: "contract",
      entityId: contract.id,
      before: { subscription: open.subscription, effectiveFrom: open.effectiveFrom },
      after: { closed: open.id, period },
    });
    return membershipView(tx, contract, today);
  });
}
