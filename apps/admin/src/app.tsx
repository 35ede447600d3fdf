/**
 * The session gate and the page switch. Public pages (sign-in) render at once; every other page
 * first asks `auth.me`: no session → back to /admin/connexion?retour=<the page asked>; a person of
 * a commune → pointed to the communes' space; otherwise the page, inside the shell, if the
 * person's permissions allow it.
 */
import {
  Alert,
  AppShell,
  Button,
  Link,
  Loading,
  type NavItem,
  Page,
  Redirect,
  toFormError,
  useRoute,
} from "@mutu/ui";
import { useQueryClient } from "@tanstack/react-query";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { AuditPage } from "./audit/audit-page.tsx";
import { canAny, type Me, SessionProvider } from "./auth/session.tsx";
import { SignInPage } from "./auth/sign-in-page.tsx";
import { DashboardPage } from "./home/dashboard-page.tsx";
import { messages } from "./messages.ts";
import { OrganisationsPage } from "./organisations/organisations-page.tsx";
import { PeoplePage } from "./people/people-page.tsx";
import {
  type AppRoute,
  findRoute,
  type RouteId,
  routes,
  signInHref,
  signInPath,
} from "./routes.ts";
import { TokensPage } from "./tokens/tokens-page.tsx";
import { isUnauthorized, trpc } from "./trpc.ts";

// Contracts and conventions are loaded when first visited, not with the app.
const ContractsPage = lazy(() =>
  import("./contracts/contracts-page.tsx").then((m) => ({ default: m.ContractsPage })),
);
const ContractPage = lazy(() =>
  import("./contracts/contract-page.tsx").then((m) => ({ default: m.ContractPage })),
);
const AmendmentPage = lazy(() =>
  import("./contracts/amendment/amendment-page.tsx").then((m) => ({ default: m.AmendmentPage })),
);
const ConventionsPage = lazy(() =>
  import("./memberships/conventions-page.tsx").then((m) => ({ default: m.ConventionsPage })),
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
  import("./saisines/arbitrations-page.tsx").then((m) => ({ default: m.ArbitrationsPage })),
);
const RecapPage = lazy(() =>
  import("./saisines/recap-page.tsx").then((m) => ({ default: m.RecapPage })),
);

const pages: Record<RouteId, ComponentType> = {
  dashboard: DashboardPage,
  signIn: SignInPage,
  organisations: OrganisationsPage,
  people: PeoplePage,
  tokens: TokensPage,
  audit: AuditPage,
  contracts: ContractsPage,
  contract: ContractPage,
  amendment: AmendmentPage,
  conventions: ConventionsPage,
  membership: MembershipPage,
  saisines: QueuePage,
  registerSaisine: RegisterSaisinePage,
  saisine: SaisinePage,
  arbitrations: ArbitrationsPage,
  saisinesRecap: RecapPage,
};

function Shell({ me, children }: { me?: Me; children: ReactNode }) {
  const route = useRoute();
  const queryClient = useQueryClient();
  const signOut = trpc.auth.signOut.useMutation({
    onSuccess() {
      queryClient.clear();
      route.navigate(signInPath, { replace: true, state: { notice: "signed-out" } });
    },
  });
  const nav: NavItem[] =
    me?.org.kind === "operator"
      ? routes
          .filter((r) => r.nav && canAny(me, r.anyOf))
          .map((r) => ({ to: r.path, label: r.nav ?? "" }))
      : [];
  return (
    <AppShell
      appName={messages.appName}
      tagline={messages.tagline}
      nav={nav}
      user={me ? { displayName: me.displayName, organisation: me.org.name } : null}
      onSignOut={me ? () => signOut.mutate() : undefined}
      signingOut={signOut.isPending}
      footer={<p>{messages.footer}</p>}
    >
      {signOut.error ? <Alert>{messages.signOutFailed}</Alert> : null}
      {children}
    </AppShell>
  );
}

function Forbidden() {
  return (
    <Page title={messages.forbidden.title}>
      <p className="prose">{messages.forbidden.body}</p>
      <p>
        <Link to="/">{messages.forbidden.back}</Link>
      </p>
    </Page>
  );
}

function NotFound() {
  return (
    <Page title={messages.notFound.title}>
      <p className="prose">{messages.notFound.body}</p>
      <p>
        <Link to="/">{messages.notFound.back}</Link>
      </p>
    </Page>
  );
}

function WrongSpace({ me }: { me: Me }) {
  return (
    <Page title={messages.wrongSpace.title}>
      <p className="prose">{messages.wrongSpace.body(me.org.name)}</p>
      <p>
        <a href="/">{messages.wrongSpace.link}</a>
      </p>
    </Page>
  );
}

function SignedIn({ route }: { route: AppRoute | undefined }) {
  const { path, search } = useRoute();
  const me = trpc.auth.me.useQuery(undefined, { retry: false, staleTime: 60_000 });

  if (me.error) {
    if (isUnauthorized(me.error)) {
      const asked = `${path}${search.size ? `?${search}` : ""}`;
      // A session that worked a moment ago has expired; a first visit just needs signing in.
      const state = me.data ? { notice: "expired" } : undefined;
      return <Redirect to={signInHref(asked)} state={state} />;
    }
    return (
      <Shell>
        <Page title={messages.sessionError.title}>
          <Alert>{toFormError(me.error).message}</Alert>
          <Button onClick={() => void me.refetch()}>{messages.sessionError.retry}</Button>
        </Page>
      </Shell>
    );
  }
  if (!me.data)
    return (
      <Shell>
        <Loading label={messages.loadingSession} />
      </Shell>
    );
  if (me.data.org.kind !== "operator")
    return (
      <Shell me={me.data}>
        <WrongSpace me={me.data} />
      </Shell>
    );

  const Content = route ? pages[route.id] : NotFound;
  return (
    <SessionProvider me={me.data}>
      <Shell me={me.data}>
        {route && !canAny(me.data, route.anyOf) ? (
          <Forbidden />
        ) : (
          <Suspense fallback={<Loading />}>
            <Content />
          </Suspense>
        )}
      </Shell>
    </SessionProvider>
  );
}

export function App() {
  const { path } = useRoute();
  const route = findRoute(path);
  if (route?.public) {
    const Content = pages[route.id];
    return (
      <Shell>
        <Content />
      </Shell>
    );
  }
  return <SignedIn route={route} />;
}
