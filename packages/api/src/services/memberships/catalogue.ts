/** The operator's convention catalogue: offers and levels, prerequisites, prices by tier, level-1 pool, staffing. */
import { REDON_STAFFING, SUBSCRIPTION_LABELS, SUBSCRIPTIONS } from "@mutu/domain";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { REDON_OFFERS, REDON_PREREQUISITES } from "./catalogue-text.ts";
import { operatorTariff } from "./tariff.ts";

export async function getCatalogue(ctx: ServiceContext) {
  const { row, data } = await inTenant(ctx, (tx) => operatorTariff(tx));
  return {
    tariff: { ...data, title: row.title, approvedOn: row.approvedOn },
    subscriptions: SUBSCRIPTIONS.map((code) => ({ code, label: SUBSCRIPTION_LABELS[code] })),
    offers: REDON_OFFERS,
    prerequisites: REDON_PREREQUISITES,
    staffing: [...REDON_STAFFING],
  };
}
