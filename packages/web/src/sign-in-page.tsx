/**
 * Sign-in: by password, or — when one is configured — through the organisation's identity provider
 * (a full-page visit to /auth/oidc/start, which comes back signed in to the page asked). On a
 * password sign-in the cache is emptied (another person may have been signed in) and the person
 * goes back to the page asked. A forgotten password is one link away.
 */
import { Alert, Info, Link, Page, SignInForm, Status, useFormError, useRoute } from "@mutu/ui";
import { useQueryClient } from "@tanstack/react-query";
import { authMessages } from "./auth/messages.ts";
import { webMessages } from "./messages.ts";
import { returnPath, type SpaRoute } from "./routes.ts";
import { trpc } from "./trpc.ts";

const t = webMessages.signIn;
const a = authMessages;

export type SignInNotice = "signed-out" | "expired";

function noticeOf(state: unknown): SignInNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === "signed-out" || notice === "expired" ? notice : null;
}

type SignInPageProps = {
  /** The SPA's pages: the one asked is where the person goes back to. */
  routes: readonly SpaRoute[];
  /** Which space this is, for the single sign-on to come back to. */
  space: "commune" | "admin";
  /** Who this space is for, and whom to ask for help. */
  wording: { lead: string; help: string };
};

export function SignInPage({ routes, space, wording }: SignInPageProps) {
  const route = useRoute();
  const queryClient = useQueryClient();
  const options = trpc.auth.signInOptions.useQuery(undefined, {
    staleTime: Number.POSITIVE_INFINITY,
  });
  const signIn = trpc.auth.signIn.useMutation({
    onSuccess() {
      queryClient.clear();
      route.navigate(returnPath(routes, route.search), { replace: true });
    },
  });
  const error = useFormError(signIn.error);
  const notice = noticeOf(route.state);
  const refusal = route.search.get("sso");
  const sso = options.data?.singleSignOn ?? null;
  const start = `/auth/oidc/start?${new URLSearchParams({
    espace: space,
    retour: returnPath(routes, route.search),
  })}`;
  return (
    <Page title={t.title} lead={wording.lead}>
      <Status>{notice === "signed-out" && !signIn.error ? t.signedOut : null}</Status>
      {notice === "expired" && !signIn.error ? <Info>{t.expired}</Info> : null}
      {refusal && !signIn.error ? (
        <Alert>{a.ssoRefusals[refusal] ?? a.ssoRefusals.refusee}</Alert>
      ) : null}
      {sso ? (
        <div className="single-sign-on form-narrow">
          <a className="button button-primary" href={start}>
            {a.singleSignOn(sso.label)}
          </a>
          <p className="field-hint">{a.singleSignOnHint}</p>
          <p className="separator" aria-hidden="true">
            {a.singleSignOnOr}
          </p>
        </div>
      ) : null}
      <SignInForm
        pending={signIn.isPending}
        error={error}
        onSubmit={(credentials) => signIn.mutate(credentials)}
      />
      <p>
        <Link to="/mot-de-passe">{a.forgotten}</Link>
      </p>
      <p className="prose">{wording.help}</p>
    </Page>
  );
}
