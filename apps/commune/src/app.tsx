/**
 * The commune SPA's pages behind the shared session gate (@mutu/web): people of the service commun
 * are pointed to their own space; the others see a page if their permissions allow it.
 */
import { type Space, SessionGate, SignInPage } from "@mutu/web";
import { type ComponentType, lazy } from "react";
import { AccountPage } from "./account/account-page.tsx";
import { HomePage } from "./home/home-page.tsx";
import { messages } from "./messages.ts";
import { type RouteId, routes } from "./routes.ts";

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

// RGPD registers: one chunk for all their pages, loaded when one is first visited.
const rgpdPages = () => import("./rgpd/pages.tsx");
const RgpdHomePage = lazy(() => rgpdPages().then((m) => ({ default: m.RgpdHomePage })));
const RgpdProcessingsPage = lazy(() =>
  rgpdPages().then((m) => ({ default: m.RgpdProcessingsPage })),
);
const RgpdProcessingPage = lazy(() => rgpdPages().then((m) => ({ default: m.RgpdProcessingPage })));
const RgpdProcessingEditPage = lazy(() =>
  rgpdPages().then((m) => ({ default: m.RgpdProcessingEditPage })),
);
const RgpdSharedPage = lazy(() => rgpdPages().then((m) => ({ default: m.RgpdSharedPage })));
const RgpdBreachesPage = lazy(() => rgpdPages().then((m) => ({ default: m.RgpdBreachesPage })));
const RgpdBreachPage = lazy(() => rgpdPages().then((m) => ({ default: m.RgpdBreachPage })));
const RgpdNewBreachPage = lazy(() => rgpdPages().then((m) => ({ default: m.RgpdNewBreachPage })));
const RgpdRequestsPage = lazy(() => rgpdPages().then((m) => ({ default: m.RgpdRequestsPage })));
const RgpdRequestPage = lazy(() => rgpdPages().then((m) => ({ default: m.RgpdRequestPage })));
const RgpdNewRequestPage = lazy(() => rgpdPages().then((m) => ({ default: m.RgpdNewRequestPage })));
const RgpdRetentionPage = lazy(() => rgpdPages().then((m) => ({ default: m.RgpdRetentionPage })));
const RgpdProcessorRegisterPage = lazy(() =>
  rgpdPages().then((m) => ({ default: m.RgpdProcessorRegisterPage })),
);
const RgpdOrganisationPage = lazy(() =>
  rgpdPages().then((m) => ({ default: m.RgpdOrganisationPage })),
);

function SignInRoute() {
  return <SignInPage routes={routes} wording={messages.signIn} />;
}

const pages: Record<RouteId, ComponentType> = {
  home: HomePage,
  signIn: SignInRoute,
  contract: ContractPage,
  contractDiff: ContractDiffPage,
  saisines: SaisinesPage,
  newSaisine: NewSaisinePage,
  saisine: SaisinePage,
  rgpd: RgpdHomePage,
  rgpdProcessings: RgpdProcessingsPage,
  rgpdProcessing: RgpdProcessingPage,
  rgpdNewProcessing: RgpdProcessingEditPage,
  rgpdEditProcessing: RgpdProcessingEditPage,
  rgpdShared: RgpdSharedPage,
  rgpdBreaches: RgpdBreachesPage,
  rgpdBreach: RgpdBreachPage,
  rgpdNewBreach: RgpdNewBreachPage,
  rgpdRequests: RgpdRequestsPage,
  rgpdRequest: RgpdRequestPage,
  rgpdNewRequest: RgpdNewRequestPage,
  rgpdRetention: RgpdRetentionPage,
  rgpdProcessorRegister: RgpdProcessorRegisterPage,
  rgpdOrganisation: RgpdOrganisationPage,
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
