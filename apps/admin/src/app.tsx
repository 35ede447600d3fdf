/**
 * The admin SPA's pages behind the shared session gate (@mutu/web): people of a commune are pointed
 * to the communes' space; the others see a page if their permissions allow it.
 */
import { type Space, SessionGate, SignInPage } from "@mutu/web";
import { type ComponentType, lazy } from "react";
import { AccountPage } from "./account/account-page.tsx";
import { AuditPage } from "./audit/audit-page.tsx";
import { DashboardPage } from "./home/dashboard-page.tsx";
import { messages } from "./messages.ts";
import { OrganisationsPage } from "./organisations/organisations-page.tsx";
import { PeoplePage } from "./people/people-page.tsx";
import { TokensPage } from "./tokens/tokens-page.tsx";
import { type RouteId, routes } from "./routes.ts";

// Contracts and memberships are loaded when first visited, not with the app.
const ContractsPage = lazy(() =>
  import("./contracts/contracts-page.tsx").then((m) => ({ default: m.ContractsPage })),
);
const ContractPage = lazy(() =>
  import("./contracts/contract-page.tsx").then((m) => ({ default: m.ContractPage })),
);
const AmendmentPage = lazy(() =>
  import("./contracts/amendment/amendment-page.tsx").then((m) => ({ default: m.AmendmentPage })),
);
const MembershipsPage = lazy(() =>
  import("./memberships/memberships-page.tsx").then((m) => ({ default: m.MembershipsPage })),
);
const MembershipPage = lazy(() =>
  import("./memberships/membership-page.tsx").then((m) => ({ default: m.MembershipPage })),
);
// Saisines: the queue and its pages, loaded when first visited.
const QueuePage = lazy(() =>
  import("./saisines/queue-page.tsx").then((m) => ({ default: m.QueuePage })),
);
const RegisterSaisinePage = lazy(() =>
  import("./saisines/register-page.tsx").then((m) => ({ default: m.RegisterPage })),
);
const SaisinePage = lazy(() =>
  import("./saisines/saisine-page.tsx").then((m) => ({ default: m.SaisinePage })),
);
const ArbitrationsPage = lazy(() =>
  import("./arbitrations/arbitrations-page.tsx").then((m) => ({ default: m.ArbitrationsPage })),
);
// Dashboards and indicators: loaded with their charts when first visited.
const OperatorDashboardPage = lazy(() =>
  import("./dashboards/operator-page.tsx").then((m) => ({ default: m.OperatorDashboardPage })),
);
const IndicatorsPage = lazy(() =>
  import("./indicators/indicators-page.tsx").then((m) => ({ default: m.IndicatorsPage })),
);
const RecapPage = lazy(() =>
  import("./saisines/recap-route.tsx").then((m) => ({ default: m.RecapRoute })),
);

// The inbox, loaded when first opened.
const InboxPage = lazy(() =>
  import("@mutu/web/notifications").then((m) => ({ default: m.InboxPage })),
);

// A forgotten password: pages loaded only when asked for (the strength check is heavy).
const PasswordResetRequestPage = lazy(() =>
  import("@mutu/web/auth").then((m) => ({ default: m.PasswordResetRequestPage })),
);
const PasswordResetPage = lazy(() =>
  import("@mutu/web/auth").then((m) => ({ default: m.PasswordResetPage })),
);

function SignInRoute() {
  return <SignInPage routes={routes} space="admin" wording={messages.signIn} />;
}

const pages: Record<RouteId, ComponentType> = {
  dashboard: DashboardPage,
  signIn: SignInRoute,
  notifications: InboxPage,
  passwordReset: PasswordResetRequestPage,
  newPassword: PasswordResetPage,
  organisations: OrganisationsPage,
  people: PeoplePage,
  tokens: TokensPage,
  audit: AuditPage,
  contracts: ContractsPage,
  contract: ContractPage,
  amendment: AmendmentPage,
  memberships: MembershipsPage,
  membership: MembershipPage,
  saisines: QueuePage,
  registerSaisine: RegisterSaisinePage,
  saisine: SaisinePage,
  arbitrations: ArbitrationsPage,
  saisinesRecap: RecapPage,
  communesDashboard: OperatorDashboardPage,
  indicators: IndicatorsPage,
  account: AccountPage,
};

const space: Space<RouteId> = {
  orgKind: "operator",
  otherSpaceHref: "/",
  routes,
  pages,
  wording: messages,
};

export function App() {
  return <SessionGate space={space} />;
}
