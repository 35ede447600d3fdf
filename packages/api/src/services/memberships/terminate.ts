/**
 * A member leaves (its council's deliberation): with twelve months' notice (endDateAfterNotice of
 * @mutu/domain), the convention and its open period end on the computed date.
 */
import {
  endDateAfterNotice,
  frenchDate,
  parisToday,
  type TerminateMembershipInput,
} from "@mutu/domain";
import { schema } from "@mutu/db";
import { eq } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { assertOperatorSide } from "../contracts/access.ts";
import { agreementOf, contractOfOrg } from "../contracts/read-model.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { conventionBeforeNotice, selectPeriods } from "./periods.ts";
import { membershipView } from "./view.ts";
import { auditChange } from "../audit/caller-change.ts";

const { contracts, memberships } = schema;

export async function terminateMembership(ctx: ServiceContext, input: TerminateMembershipInput) {
  assertOperatorSide(ctx.caller);
  assertVisibleOrg(ctx.caller, input.orgId);
  const today = parisToday(ctx.now());
  if (input.noticeGivenOn > today)
    throw new AppError(
      "BAD_REQUEST",
      "Le préavis se constate une fois donné : date future refusée.",
      {
        noticeGivenOn: [`Au plus tard aujourd'hui (${frenchDate(today)}).`],
      },
    );
  return inTenant(ctx, async (tx) => {
    const contract = await conventionBeforeNotice(
      tx,
      input.orgId,
      (on) => `Préavis déjà donné le ${frenchDate(on)}.`,
    );
    const agreement = agreementOf(contract);
    if (agreement?.kind !== "redon-convention")
      throw new AppError("BAD_REQUEST", "Cette convention n'a pas de date d'effet.");
    if (input.noticeGivenOn < agreement.effectiveFrom)
      throw new AppError(
        "BAD_REQUEST",
        `Le préavis ne peut pas précéder la prise d'effet de la convention (${frenchDate(agreement.effectiveFrom)}).`,
        { noticeGivenOn: [`À partir du ${frenchDate(agreement.effectiveFrom)}.`] },
      );
    const end = endDateAfterNotice(agreement, input.noticeGivenOn);
    if (!end) throw new Error("a Redon convention always has an end after notice");
    const periods = await selectPeriods(tx, [contract.id]);
    const open = periods.find((p) => p.effectiveTo === null);
    if (open && open.effectiveFrom >= end.effectiveTo)
      throw new AppError(
        "CONFLICT",
        `Un changement de formule prévu le ${frenchDate(open.effectiveFrom)} tombe après la fin de la convention (${frenchDate(end.lastDayInForce)}).`,
      );
    await tx
      .update(contracts)
      .set({
        noticeGivenOn: input.noticeGivenOn,
        effectiveTo: end.effectiveTo,
        terminationRef: input.decisionRef,
      })
      .where(eq(contracts.id, contract.id));
    if (open)
      await tx
        .update(memberships)
        .set({ effectiveTo: end.effectiveTo })
        .where(eq(memberships.id, open.id));
    await auditChange(tx, ctx, {
      orgId: contract.orgId,
      action: "membership.terminate",
      entity: "contract",
      entityId: contract.id,
      before: { noticeGivenOn: null, effectiveTo: null },
      after: {
        noticeGivenOn: input.noticeGivenOn,
        lastDayInForce: end.lastDayInForce,
        effectiveTo: end.effectiveTo,
        decisionRef: input.decisionRef,
      },
    });
    const ended = await contractOfOrg(tx, contract.orgId, "convention");
    if (!ended) throw new Error("contract vanished");
    return membershipView(tx, ended, today);
  });
}
