/**
 * The session gate and the page switch of a SPA. Public pages (sign-in) render at once; every other
 * page first asks `auth.me`: no session → back to the sign-in page (?retour=<the page asked>); a
 * person of the other kind of organisation → pointed to their own space; otherwise the page, inside
 * the shell, if the person's permissions allow it. While signed in, the session's end is announced
 * ahead of time (session-timeout.tsx).
 */
import {
  Alert,
  AppShell,
  Button,
  Link,
  Loading,
  Page,
  Redirect,
  toFormError,
  useRoute,
} from "@mutu/ui";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { webMessages } from "./messages.ts";
import { navigationOf } from "./navigation.ts";
import { InboxLink } from "./notifications/inbox-link.tsx";
import { findRoute, pageAsked, type SpaRoute, signInHref } from "./routes.ts";
import { canAny, type Me, SessionProvider } from "./session.tsx";
import { useSignOut } from "./sign-out.ts";
import { isUnauthorized, trpc } from "./trpc.ts";

// Loaded after signing in, out of the first download. Should the file be missing (the SPA was
// redeployed under the page), the page goes on without the warning rather than failing.
const SessionTimeoutLoader = lazy(() =>
  import("./session-timeout.tsx").then(
    (m) => ({ default: m.SessionTimeout }),
    () => ({ default: () => null }),
  ),
);

function SessionTimeout() {
  return (
    <Suspense fallback={null}>
      <SessionTimeoutLoader />
    </Suspense>
  );
}

/** A page that says why it is shown (not allowed, not found) and the way back. */
type Refusal = { body: string; back: string };

export type SpaceWording = {
  appName: string;
  tagline: string;
  forbidden: Refusal;
  notFound: Refusal;
  /** For a person whose organisation belongs to the other space. */
  wrongSpace: { title: string; body(org: string): string; link: string };
};

export type Space<Id extends string> = {
  /** The organisations this space serves; people of the others are pointed to their own space. */
  orgKind: Me["org"]["kind"];
  /** The other space's address (a full page load: it is another SPA). */
  otherSpaceHref: string;
  routes: readonly SpaRoute<Id>[];
  pages: Record<Id, ComponentType>;
  wording: SpaceWording;
};

type GateProps<Id extends string> = { space: Space<Id> };

function Shell({ space, me, children }: { space: Space<string>; me?: Me; children: ReactNode }) {
  const signOut = useSignOut();
  const nav =
    me?.org.kind === space.orgKind ? navigationOf(space.routes, (r) => canAny(me, r.anyOf)) : [];
  return (
    <AppShell
      appName={space.wording.appName}
      tagline={space.wording.tagline}
      nav={nav}
      user={me ? { displayName: me.displayName, organisation: me.org.name } : null}
      onSignOut={me ? () => signOut.mutate() : undefined}
      signingOut={signOut.isPending}
      footer={<p>{webMessages.footer}</p>}
      userLinks={me && me.org.kind === space.orgKind ? <InboxLink /> : null}
    >
      {signOut.error ? <Alert>{webMessages.signOutFailed}</Alert> : null}
      {children}
    </AppShell>
  );
}

function RefusalPage({ title, refusal }: { title: string; refusal: Refusal }) {
  return (
    <Page title={title}>
      <p className="prose">{refusal.body}</p>
      <p>
        <Link to="/">{refusal.back}</Link>
      </p>
    </Page>
  );
}

function WrongSpace({ space, me }: { space: Space<string>; me: Me }) {
  const t = space.wording.wrongSpace;
  return (
    <Page title={t.title}>
      <p className="prose">{t.body(me.org.name)}</p>
      <p>
        <a href={space.otherSpaceHref}>{t.link}</a>
      </p>
    </Page>
  );
}

function SignedIn({ space, route }: { space: Space<string>; route: SpaRoute | undefined }) {
  const { path, search } = useRoute();
  const me = trpc.auth.me.useQuery(undefined, { retry: false, staleTime: 60_000 });

  if (me.error) {
    if (isUnauthorized(me.error)) {
      // A session that worked a moment ago has expired; a first visit just needs signing in.
      const state = me.data ? { notice: "expired" } : undefined;
      return <Redirect to={signInHref(pageAsked(path, search))} state={state} />;
    }
    return (
      <Shell space={space}>
        <Page title={webMessages.sessionError.title}>
          <Alert>{toFormError(me.error).message}</Alert>
          <Button onClick={() => void me.refetch()}>{webMessages.sessionError.retry}</Button>
        </Page>
      </Shell>
    );
  }
  if (!me.data)
    return (
      <Shell space={space}>
        <Loading label={webMessages.loadingSession} />
      </Shell>
    );
  if (me.data.org.kind !== space.orgKind)
    return (
      <Shell space={space} me={me.data}>
        <WrongSpace space={space} me={me.data} />
        <SessionTimeout />
      </Shell>
    );

  const Content = route ? space.pages[route.id] : null;
  return (
    <SessionProvider me={me.data}>
      <Shell space={space} me={me.data}>
        {!route || !Content ? (
          <RefusalPage title={webMessages.notFoundTitle} refusal={space.wording.notFound} />
        ) : !canAny(me.data, route.anyOf) ? (
          <RefusalPage title={webMessages.forbiddenTitle} refusal={space.wording.forbidden} />
        ) : (
          <Suspense fallback={<Loading />}>
            <Content />
          </Suspense>
        )}
        <SessionTimeout />
      </Shell>
    </SessionProvider>
  );
}

/** The whole SPA below its providers: the page of the current path, behind the session gate. */
export function SessionGate<Id extends string>({ space }: GateProps<Id>) {
  const { path } = useRoute();
  const route = findRoute(space.routes, path);
  if (route?.public) {
    const Content: ComponentType = space.pages[route.id];
    return (
      <Shell space={space}>
        <Content />
      </Shell>
    );
  }
  return <SignedIn space={space} route={route} />;
}
