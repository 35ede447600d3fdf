/**
 * The sign-in form both SPAs show: email and password, the server's answer in an error summary
 * (wrong credentials, too many attempts, field errors). The app does the call and the redirect.
 */
import type { FormEvent } from "react";
import { Button } from "./button.tsx";
import { FormErrorSummary } from "./error-summary.tsx";
import { EmailField, TextField } from "./field.tsx";
import { fieldLayout } from "./field-layout.ts";
import type { FormError } from "./form-error.ts";
import { uiMessages } from "./messages.ts";
import { useFields } from "./use-fields.ts";

export type Credentials = { email: string; password: string };

type SignInFormProps = {
  onSubmit(credentials: Credentials): void;
  pending: boolean;
  error: FormError | null;
};

const t = uiMessages.signIn;
const fields = fieldLayout("connexion", {
  email: ["email", t.email],
  password: ["mot-de-passe", t.password],
});

export function SignInForm({ onSubmit, pending, error }: SignInFormProps) {
  const f = useFields({ email: "", password: "" }, error, fields);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(f.values);
  }

  return (
    <form className="form form-narrow" noValidate onSubmit={submit}>
      <FormErrorSummary error={error} fields={fields} title={t.failed} />
      <EmailField {...f.field("email")} hint={t.emailHint} name="email" />
      <TextField
        {...f.field("password")}
        type="password"
        name="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" busy={pending} busyLabel={t.submitting}>
        {t.submit}
      </Button>
    </form>
  );
}
