/**
 * The sign-in form both SPAs show: email and password, the server's answer in an error summary
 * (wrong credentials, too many attempts, field errors). The app does the call and the redirect.
 */
import { type FormEvent, useState } from "react";
import { Button } from "./button.tsx";
import { FormErrorSummary } from "./error-summary.tsx";
import { EmailField, TextField } from "./field.tsx";
import { type FormError, fieldError } from "./form-error.ts";
import { uiMessages } from "./messages.ts";

export type Credentials = { email: string; password: string };

type SignInFormProps = {
  onSubmit(credentials: Credentials): void;
  pending: boolean;
  error: FormError | null;
};

const t = uiMessages.signIn;
const fields = [
  { name: "email", id: "connexion-email", label: t.email },
  { name: "password", id: "connexion-mot-de-passe", label: t.password },
] as const;

export function SignInForm({ onSubmit, pending, error }: SignInFormProps) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({ email, password });
  }

  return (
    <form className="form form-narrow" noValidate onSubmit={submit}>
      <FormErrorSummary error={error} fields={fields} title={t.failed} />
      <EmailField
        id={fields[0].id}
        label={t.email}
        hint={t.emailHint}
        name="email"
        value={email}
        onChange={(event) => setEmail(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "email")}
      />
      <TextField
        id={fields[1].id}
        label={t.password}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "password")}
      />
      <Button type="submit" busy={pending} busyLabel={t.submitting}>
        {t.submit}
      </Button>
    </form>
  );
}
