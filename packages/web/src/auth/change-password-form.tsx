/** « Changer de mot de passe » in « Mon compte »: the current one, then the new one, checked as typed. */
import { changePasswordInput } from "@mutu/domain";
import { fieldLayout, Form, fieldError, Status, TextField } from "@mutu/ui";
import { useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { useSession } from "../session.tsx";
import { trpc } from "../trpc.ts";
import { authMessages } from "./messages.ts";
import { NewPasswordField, refuseGuessable, usePasswordVerdict } from "./new-password-field.tsx";

const t = authMessages.change;

const fields = fieldLayout("mot-de-passe", {
  currentPassword: ["actuel", t.current],
  newPassword: ["nouveau", authMessages.newPassword.label],
});

export function ChangePasswordForm() {
  const me = useSession();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [done, setDone] = useState(false);
  const change = trpc.auth.changePassword.useMutation();
  const form = useSchemaForm(changePasswordInput, change);
  const verdict = usePasswordVerdict(next, [me.displayName, me.email ?? "", me.org.name]);
  const { error } = form;

  function submit() {
    setDone(false);
    const checked = form.check(
      { currentPassword: current, newPassword: next },
      refuseGuessable(verdict),
    );
    if (!checked) return;
    change.mutate(checked, {
      onSuccess() {
        setCurrent("");
        setNext("");
        setDone(true);
      },
    });
  }

  return (
    <Form
      error={error}
      fields={fields}
      failed={t.failed}
      headingLevel={2}
      className="form form-narrow"
      labelledBy="changer-mot-de-passe"
      intro={<h2 id="changer-mot-de-passe">{t.title}</h2>}
      onSubmit={submit}
      actions={{ submit: t.submit, submitting: t.submitting, pending: change.isPending }}
    >
      <Status>{done ? t.done : null}</Status>
      <TextField
        id="mot-de-passe-actuel"
        label={t.current}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(event) => setCurrent(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "currentPassword")}
      />
      <NewPasswordField
        id="mot-de-passe-nouveau"
        value={next}
        onChange={setNext}
        verdict={verdict}
        error={fieldError(error?.fieldErrors, "newPassword")}
      />
    </Form>
  );
}
