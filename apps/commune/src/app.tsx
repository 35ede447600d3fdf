/**
 * The session gate and the page switch. Public pages (sign-in) render at once; every other page
 * first asks `auth.me`: no session → back to /connexion?retour=<the page asked>; a person of the
 * service commun → pointed to their own space; otherwise the page, inside the shell.
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
import { AccountPage } from "./account/account-page.tsx";
import { canAny, type Me, SessionProvider } from "./auth/session.tsx";
import { SignInPage } from "./auth/sign-in-page.tsx";
import { HomePage } from "./home/home-page.tsx";
import { messages } from "./messages.ts";
import {
  type AppRoute,
  findRoute,
  type RouteId,
  routes,
  signInHref,
  signInPath,
} from "./routes.ts";
import { isUnauthorized, trpc } from "./trpc.ts";

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

const pages: Record<RouteId, ComponentType> = {
  home: HomePage,
  signIn: SignInPage,
  contract: ContractPage,
  contractDiff: ContractDiffPage,
  saisines: SaisinesPage,
  newSaisine: NewSaisinePage,
  saisine: SaisinePage,
  account: AccountPage,
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
    me?.org.kind === "commune"
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
        <a href="/admin/">{messages.wrongSpace.link}</a>
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
  if (me.data.org.kind !== "commune")
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
