/** Sign-in: on success the cache is emptied (another person may have been signed in) and the person goes back to the page asked. */
import { Info, Page, SignInForm, Status, useFormError, useRoute } from "@mutu/ui";
import { useQueryClient } from "@tanstack/react-query";
import { webMessages } from "./messages.ts";
import { returnPath, type SpaRoute } from "./routes.ts";
import { trpc } from "./trpc.ts";

const t = webMessages.signIn;

export type SignInNotice = "signed-out" | "expired";

function noticeOf(state: unknown): SignInNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === "signed-out" || notice === "expired" ? notice : null;
}

type SignInPageProps = {
  /** The SPA's pages: the one asked is where the person goes back to. */
  routes: readonly SpaRoute[];
  /** Who this space is for, and whom to ask for help. */
  wording: { lead: string; help: string };
};

export function SignInPage({ routes, wording }: SignInPageProps) {
  const route = useRoute();
  const queryClient = useQueryClient();
  const signIn = trpc.auth.signIn.useMutation({
    onSuccess() {
      queryClient.clear();
      route.navigate(returnPath(routes, route.search), { replace: true });
    },
  });
  const error = useFormError(signIn.error);
  const notice = noticeOf(route.state);
  return (
    <Page title={t.title} lead={wording.lead}>
      <Status>{notice === "signed-out" && !signIn.error ? t.signedOut : null}</Status>
      {notice === "expired" && !signIn.error ? <Info>{t.expired}</Info> : null}
      <SignInForm
        pending={signIn.isPending}
        error={error}
        onSubmit={(credentials) => signIn.mutate(credentials)}
      />
      <p className="prose">{wording.help}</p>
    </Page>
  );
}
