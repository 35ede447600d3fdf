/**
 * A forgotten password, from the sign-in page: asking for a link by email (the same answer whether
 * or not the address has an account), then choosing the new password from the link — its secret
 * in the URL's fragment, read once and taken out of the address bar.
 */
import { requestPasswordResetInput, resetPasswordInput } from "@mutu/domain";
import {
  Alert,
  EmailField,
  Form,
  fieldLayout,
  formActions,
  Link,
  Page,
  Status,
  useFields,
} from "@mutu/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { signInPath } from "../routes.ts";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { authMessages } from "./messages.ts";
import { NewPasswordField, refuseGuessable, usePasswordVerdict } from "./new-password-field.tsx";

export const passwordResetPath = "/mot-de-passe";
export const newPasswordPath = "/mot-de-passe/nouveau";

const r = authMessages.request;
const requestLayout = fieldLayout("oubli", { email: ["email", r.email] });

export function PasswordResetRequestPage() {
  const ask = trpc.auth.requestPasswordReset.useMutation();
  const form = useSchemaForm(requestPasswordResetInput, ask);
  const { error } = form;
  const f = useFields({ email: "" }, error, requestLayout);

  function submit() {
    const checked = form.check(f.values);
    if (checked) ask.mutate(checked);
  }

  return (
    <Page title={r.title} lead={r.lead}>
      {ask.data ? (
        <div className="form-narrow">
          <Status>{ask.data.message}</Status>
          <p className="prose">{r.again}</p>
          <p>
            <Link to={signInPath}>{r.back}</Link>
          </p>
        </div>
      ) : (
        <Form
          error={error}
          fields={requestLayout}
          failed={r.failed}
          className="form form-narrow"
          onSubmit={submit}
          actions={formActions(r, ask.isPending)}
        >
          <EmailField {...f.field("email")} hint={r.emailHint} />
        </Form>
      )}
      {ask.data ? null : (
        <p>
          <Link to={signInPath}>{r.back}</Link>
        </p>
      )}
    </Page>
  );
}

const s = authMessages.reset;
// A link no longer valid is refused on the password's line.
const resetLayout = fieldLayout("nouveau", {
  token: ["mot-de-passe", authMessages.newPassword.label],
  newPassword: ["mot-de-passe", authMessages.newPassword.label],
});

/** The link's secret, read once from `#jeton=…`, then removed from the address bar and history. */
function useLinkToken() {
  const [token] = useState(() => {
    const found = new URLSearchParams(window.location.hash.slice(1)).get("jeton");
    if (found)
      window.history.replaceState(
        window.history.state,
        "",
        window.location.pathname + window.location.search,
      );
    return found;
  });
  return token;
}

export function PasswordResetPage() {
  const token = useLinkToken();
  const queryClient = useQueryClient();
  const reset = trpc.auth.resetPassword.useMutation();
  const form = useSchemaForm(resetPasswordInput, reset);
  const { error } = form;
  const f = useFields({ newPassword: "" }, error, resetLayout);
  const verdict = usePasswordVerdict(f.values.newPassword, []);

  function submit() {
    const checked = form.check({ token: token ?? "", ...f.values }, refuseGuessable(verdict));
    if (checked)
      reset.mutate(checked, {
        onSuccess() {
          // Signed in now, maybe as someone else than before: nothing cached is theirs.
          queryClient.clear();
        },
      });
  }

  if (!token)
    return (
      <Page title={s.title}>
        <Alert>{s.noToken}</Alert>
        <p>
          <Link to={passwordResetPath}>{s.askAgain}</Link>
        </p>
      </Page>
    );
  if (reset.isSuccess)
    return (
      <Page title={s.title}>
        <Status>{s.done}</Status>
        <p>
          <Link to="/">{s.home}</Link>
        </p>
      </Page>
    );
  const expired = error?.fieldErrors?.token;
  return (
    <Page title={s.title} lead={s.lead}>
      {expired ? (
        <p>
          <Link to={passwordResetPath}>{s.askAgain}</Link>
        </p>
      ) : null}
      <Form
        error={error}
        fields={resetLayout}
        failed={s.failed}
        className="form form-narrow"
        onSubmit={submit}
        actions={formActions(s, reset.isPending)}
      >
        <NewPasswordField
          {...f.place("newPassword")}
          {...f.choice("newPassword")}
          verdict={verdict}
        />
      </Form>
    </Page>
  );
}
