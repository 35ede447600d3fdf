/**
 * The commune SPA's pages behind the shared session gate (@mutu/web): people of the service commun
 * are pointed to their own space; the others see a page if their permissions allow it.
 */
import { type Space, SessionGate, SignInPage } from "@mutu/web";
import { type ComponentType, lazy } from "react";
import { AccountPage } from "./account/account-page.tsx";
import { messages } from "./messages.ts";
import { type RouteId, routes } from "./routes.ts";

// The home is the dashboard: its charts load with it, never with the app.
const DashboardPage = lazy(() =>
  import("./dashboards/dashboard-page.tsx").then((m) => ({ default: m.DashboardPage })),
);
const IndicatorsPage = lazy(() =>
  import("./indicators/indicators-page.tsx").then((m) => ({ default: m.IndicatorsPage })),
);
// The contract pages are the heaviest: loaded when first visited, not with the app.
const ContractPage = lazy(() =>
  import("./contracts/contract-page.tsx").then((m) => ({ default: m.ContractPage })),
);
const ContractDiffPage = lazy(() =>
  import("./contracts/diff-page.tsx").then((m) => ({ default: m.DiffPage })),
);
// Saisines too: a list, a form and a detail page that most visits never open.
const SaisinesPage = lazy(() =>
  import("./saisines/saisines-page.tsx").then((m) => ({ default: m.SaisinesPage })),
);
const NewSaisinePage = lazy(() =>
  import("./saisines/new-saisine-page.tsx").then((m) => ({ default: m.NewSaisinePage })),
);
const SaisinePage = lazy(() =>
  import("./saisines/saisine-page.tsx").then((m) => ({ default: m.SaisinePage })),
);

// The inbox, loaded when first opened.
const InboxPage = lazy(() =>
  import("@mutu/web/notifications").then((m) => ({ default: m.InboxPage })),
);

const RecapPage = lazy(() =>
  import("./saisines/recap-route.tsx").then((m) => ({ default: m.RecapRoute })),
);

// A forgotten password: pages loaded only when asked for (the strength check is heavy).
const PasswordResetRequestPage = lazy(() =>
  import("@mutu/web/auth").then((m) => ({ default: m.PasswordResetRequestPage })),
);
const PasswordResetPage = lazy(() =>
  import("@mutu/web/auth").then((m) => ({ default: m.PasswordResetPage })),
);

function SignInRoute() {
  return <SignInPage routes={routes} space="commune" wording={messages.signIn} />;
}

const pages: Record<RouteId, ComponentType> = {
  home: DashboardPage,
  indicators: IndicatorsPage,
  signIn: SignInRoute,
  notifications: InboxPage,
  passwordReset: PasswordResetRequestPage,
  newPassword: PasswordResetPage,
  contract: ContractPage,
  contractDiff: ContractDiffPage,
  saisines: SaisinesPage,
  newSaisine: NewSaisinePage,
  saisine: SaisinePage,
  saisinesRecap: RecapPage,
  account: AccountPage,
};

const space: Space<RouteId> = {
  orgKind: "commune",
  otherSpaceHref: "/admin/",
  routes,
  pages,
  wording: messages,
};

export function App() {
  return <SessionGate space={space} />;
}
