/** « Changer de mot de passe » in « Mon compte »: the current one, then the new one, checked as typed. */
import { changePasswordInput } from "@mutu/domain";
import { fieldLayout, Form, Status, TextField, useFields } from "@mutu/ui";
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
  const [done, setDone] = useState(false);
  const change = trpc.auth.changePassword.useMutation();
  const form = useSchemaForm(changePasswordInput, change);
  const { error } = form;
  const f = useFields({ currentPassword: "", newPassword: "" }, error, fields);
  const verdict = usePasswordVerdict(f.values.newPassword, [
    me.displayName,
    me.email ?? "",
    me.org.name,
  ]);

  function submit() {
    setDone(false);
    const checked = form.check(f.values, refuseGuessable(verdict));
    if (!checked) return;
    change.mutate(checked, {
      onSuccess() {
        f.reset();
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
        {...f.field("currentPassword")}
        type="password"
        autoComplete="current-password"
        required
      />
      <NewPasswordField
        {...f.place("newPassword")}
        {...f.choice("newPassword")}
        verdict={verdict}
      />
    </Form>
  );
}
