/**
 * Creating a token: a name, the organisation it acts for, its permissions (only those the creator
 * holds: the API refuses others) and how many days it lives.
 */
import { createTokenInput, PERMISSIONS, permissionLabels } from "@mutu/domain";
import {
  Actions,
  Button,
  CheckboxGroup,
  FormErrorSummary,
  SelectField,
  TextField,
  fieldError,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSchemaForm, useSession } from "@mutu/web";
import { messages } from "../messages.ts";
import { tokensMessages } from "./messages.ts";
import type { Organisation } from "../organisations/use-organisations.ts";
import type { CreatedToken } from "./types.ts";

const t = tokensMessages.create;

const fields = [
  { name: "name", id: "jeton-nom", label: t.name },
  { name: "orgId", id: "jeton-organisation", label: t.organisation },
  { name: "permissions", id: "jeton-permissions-0", label: t.permissions },
  { name: "expiresInDays", id: "jeton-duree", label: t.expiresInDays },
] as const;

type CreateTokenFormProps = {
  organisations: readonly Organisation[];
  onCreated(token: CreatedToken): void;
  onCancel(): void;
};

export function CreateTokenForm({ organisations, onCreated, onCancel }: CreateTokenFormProps) {
  const me = useSession();
  const utils = trpc.useUtils();
  const [name, setName] = useState("");
  const [orgId, setOrgId] = useState(me.org.id);
  const [permissions, setPermissions] = useState<string[]>([]);
  const [days, setDays] = useState("90");
  const create = trpc.tokens.create.useMutation();
  const form = useSchemaForm(createTokenInput, create);
  const { error } = form;

  const held = PERMISSIONS.filter((p) => me.permissions.includes(p));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      name,
      orgId,
      permissions: held.filter((p) => permissions.includes(p)),
      expiresInDays: days.trim() ? Number(days.trim()) : Number.NaN,
    };
    const checked = form.check(input, (fieldErrors) => {
      // A number typed as text: our words are clearer than zod's.
      if (!Number.isInteger(input.expiresInDays))
        fieldErrors.expiresInDays = [t.expiresInDaysInvalid];
    });
    if (!checked) return;
    create.mutate(checked, {
      async onSuccess(token) {
        await utils.tokens.list.invalidate();
        setName("");
        setPermissions([]);
        setDays("90");
        create.reset();
        onCreated(token);
      },
    });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormErrorSummary error={error} fields={fields} headingLevel={3} />
      <TextField
        id="jeton-nom"
        label={t.name}
        hint={t.nameHint}
        required
        autoComplete="off"
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "name")}
      />
      <SelectField
        id="jeton-organisation"
        label={t.organisation}
        hint={t.organisationHint}
        required
        value={orgId}
        onChange={(event) => setOrgId(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "orgId")}
      >
        {organisations.length === 0 ? <option value={me.org.id}>{me.org.name}</option> : null}
        {organisations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        id="jeton-permissions"
        legend={t.permissions}
        hint={t.permissionsHint}
        required
        options={held.map((p) => ({ value: p, label: permissionLabels[p] }))}
        value={permissions}
        onChange={setPermissions}
        error={fieldError(error?.fieldErrors, "permissions")}
      />
      <TextField
        id="jeton-duree"
        label={t.expiresInDays}
        hint={t.expiresInDaysHint}
        required
        inputMode="numeric"
        className="input input-short"
        value={days}
        onChange={(event) => setDays(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "expiresInDays")}
      />
      <Actions>
        <Button type="submit" busy={create.isPending} busyLabel={t.submitting}>
          {t.submit}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={create.isPending}>
          {messages.cancel}
        </Button>
      </Actions>
    </form>
  );
}
