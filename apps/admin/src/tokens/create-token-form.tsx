/**
 * Creating a token: a name, the organisation it acts for, its permissions (only those the creator
 * holds and the organisation's kind allows: the API refuses others) and how many days it lives.
 */
import {
  createTokenInput,
  PERMISSIONS,
  permissionLabels,
  permissionsBeyondKind,
} from "@mutu/domain";
import {
  CheckboxGroup,
  fieldLayout,
  Form,
  formActions,
  NumberField,
  SelectField,
  TextField,
  useFields,
} from "@mutu/ui";
import { trpc, useSchemaForm, useSession } from "@mutu/web";
import { messages } from "../messages.ts";
import { tokensMessages } from "./messages.ts";
import type { Organisation } from "../organisations/use-organisations.ts";
import type { CreatedToken } from "./types.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";

const t = tokensMessages.create;

const fields = fieldLayout("jeton", {
  name: ["nom", t.name],
  orgId: ["organisation", t.organisation],
  permissions: ["permissions-0", t.permissions],
  expiresInDays: ["duree", t.expiresInDays],
});

type CreateTokenFormProps = {
  organisations: readonly Organisation[];
  onCreated(token: CreatedToken): void;
  onCancel(): void;
};

export function CreateTokenForm({ organisations, onCreated, onCancel }: CreateTokenFormProps) {
  const me = useSession();
  const utils = trpc.useUtils();
  const create = trpc.tokens.create.useMutation();
  const form = useSchemaForm(createTokenInput, create);
  const { error } = form;
  const initial = { name: "", orgId: me.org.id, permissions: [] as string[], expiresInDays: "90" };
  const f = useFields(initial, error, fields);
  const { orgId, permissions, expiresInDays: days } = f.values;

  // What the creator holds, less what the chosen organisation's kind cannot (the API refuses both).
  const kind = organisations.find((o) => o.id === orgId)?.kind ?? me.org.kind;
  const reserved = new Set(permissionsBeyondKind(kind, PERMISSIONS));
  const held = PERMISSIONS.filter((p) => me.permissions.includes(p) && !reserved.has(p));

  function submit() {
    const input = {
      name: f.values.name,
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
        f.reset({ ...initial, orgId });
        create.reset();
        onCreated(token);
      },
    });
  }

  return (
    <Form
      error={error}
      fields={fields}
      onSubmit={submit}
      actions={formActions(t, create.isPending, { label: messages.cancel, onCancel })}
    >
      <TextField {...f.field("name")} hint={t.nameHint} required autoComplete="off" />
      <SelectField {...f.field("orgId")} hint={t.organisationHint} required>
        {organisations.length === 0 ? <option value={me.org.id}>{me.org.name}</option> : null}
        <OrganisationOptions organisations={organisations} />
      </SelectField>
      <CheckboxGroup
        hint={t.permissionsHint}
        required
        options={held.map((p) => ({ value: p, label: permissionLabels[p] }))}
        {...f.group("permissions")}
      />
      <NumberField {...f.field("expiresInDays")} hint={t.expiresInDaysHint} required />
    </Form>
  );
}
