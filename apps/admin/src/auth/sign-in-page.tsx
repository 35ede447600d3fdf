/** Sign-in: on success the cache is emptied (another person may have been signed in) and the person goes back to the page asked. */
import { Info, Page, SignInForm, Status, useFormError, useRoute } from "@mutu/ui";
import { useQueryClient } from "@tanstack/react-query";
import { messages } from "../messages.ts";
import { returnPath } from "../routes.ts";
import { trpc } from "../trpc.ts";

export type SignInNotice = "signed-out" | "expired";

function noticeOf(state: unknown): SignInNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === "signed-out" || notice === "expired" ? notice : null;
}

export function SignInPage() {
  const route = useRoute();
  const queryClient = useQueryClient();
  const signIn = trpc.auth.signIn.useMutation({
    onSuccess() {
      queryClient.clear();
      route.navigate(returnPath(route.search), { replace: true });
    },
  });
  const error = useFormError(signIn.error);
  const notice = noticeOf(route.state);
  return (
    <Page title={messages.signIn.title} lead={messages.signIn.lead}>
      <Status>{notice === "signed-out" && !signIn.error ? messages.signIn.signedOut : null}</Status>
      {notice === "expired" && !signIn.error ? <Info>{messages.signIn.expired}</Info> : null}
      <SignInForm
        pending={signIn.isPending}
        error={error}
        onSubmit={(credentials) => signIn.mutate(credentials)}
      />
      <p className="prose">{messages.signIn.help}</p>
    </Page>
  );
}
