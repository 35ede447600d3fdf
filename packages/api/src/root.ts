/** The whole API: one router per feature area. */
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { arbitrationsRouter } from "./router/arbitrations.ts";
import { auditRouter } from "./router/audit.ts";
import { authRouter } from "./router/auth.ts";
import { contractsRouter } from "./router/contracts.ts";
import { dashboardsRouter } from "./router/dashboards.ts";
import { indicatorsRouter } from "./router/indicators.ts";
import { membershipsRouter } from "./router/memberships.ts";
import { notificationsRouter } from "./router/notifications.ts";
import { organisationsRouter } from "./router/organisations.ts";
import { peopleRouter } from "./router/people.ts";
import { saisinesRouter } from "./router/saisines.ts";
import { tokensRouter } from "./router/tokens.ts";
import { registerInputSchemas, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  organisations: organisationsRouter,
  people: peopleRouter,
  tokens: tokensRouter,
  audit: auditRouter,
  contracts: contractsRouter,
  memberships: membershipsRouter,
  saisines: saisinesRouter,
  arbitrations: arbitrationsRouter,
  notifications: notificationsRouter,
  indicators: indicatorsRouter,
  dashboards: dashboardsRouter,
});

// Every call's raw input is checked against its procedure's schemas before parsing (trpc.ts).
registerInputSchemas(appRouter._def.procedures);

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
