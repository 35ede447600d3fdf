/**
 * Creating an account: name, email, a provisional password, the organisation, and functions from
 * the organisation's side (commune functions for a commune, the service commun's for the operator).
 */
import { createPersonInput } from "@mutu/domain";
import {
  CheckboxGroup,
  fieldLayout,
  Form,
  formActions,
  SelectField,
  TextField,
  useFields,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { messages } from "../messages.ts";
import { peopleMessages } from "./messages.ts";
import type { Organisation } from "../organisations/use-organisations.ts";
import type { FunctionDef, Side } from "./types.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";

const t = peopleMessages.create;

const fields = fieldLayout("personne", {
  displayName: ["nom", t.displayName],
  email: ["email", t.email],
  password: ["mot-de-passe", t.password],
  orgId: ["organisation", t.organisation],
  functionIds: ["fonctions-0", t.functions],
});

type CreatePersonFormProps = {
  organisations: readonly Organisation[];
  functions: readonly FunctionDef[];
  defaultOrgId: string;
  onCreated(message: string): void;
  onCancel(): void;
};

export function CreatePersonForm({
  organisations,
  functions,
  defaultOrgId,
  onCreated,
  onCancel,
}: CreatePersonFormProps) {
  const utils = trpc.useUtils();
  const create = trpc.people.create.useMutation();
  const form = useSchemaForm(createPersonInput, create);
  const { error } = form;
  const initial = {
    displayName: "",
    email: "",
    password: "",
    orgId: defaultOrgId,
    functionIds: [] as string[],
  };
  const f = useFields(initial, error, fields);
  const { orgId, functionIds } = f.values;

  const org = organisations.find((o) => o.id === orgId);
  const side: Side | null = org ? (org.kind === "operator" ? "operator" : "commune") : null;
  const offered = side ? functions.filter((fn) => fn.side === side) : [];

  function chooseOrganisation(id: string) {
    const next = organisations.find((o) => o.id === id);
    const nextSide = next?.kind === "operator" ? "operator" : "commune";
    // Functions of the other side cannot be held there: drop them rather than send a refusal.
    f.set({
      orgId: id,
      functionIds: functionIds.filter(
        (fid) => functions.find((fn) => fn.id === fid)?.side === nextSide,
      ),
    });
  }

  function submit() {
    const checked = form.check(f.values);
    if (!checked) return;
    create.mutate(checked, {
      async onSuccess(person) {
        await utils.people.list.invalidate();
        f.reset({ ...initial, orgId });
        create.reset();
        onCreated(t.created(person.displayName, org?.name ?? ""));
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
      <TextField {...f.field("displayName")} hint={t.displayNameHint} required autoComplete="off" />
      <TextField
        {...f.field("email")}
        hint={t.emailHint}
        type="email"
        required
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        {...f.field("password")}
        hint={t.passwordHint}
        type="password"
        required
        autoComplete="new-password"
        minLength={12}
      />
      <SelectField
        {...f.field("orgId")}
        onChange={(event) => chooseOrganisation(event.currentTarget.value)}
        required
      >
        <OrganisationOptions organisations={organisations} empty={t.chooseOrganisation} />
      </SelectField>
      <CheckboxGroup
        hint={
          side === "operator"
            ? t.functionsHintOperator
            : side === "commune"
              ? t.functionsHintCommune
              : undefined
        }
        empty={t.functionsNeedOrg}
        options={offered.map((fn) => ({ value: fn.id, label: fn.label }))}
        {...f.group("functionIds")}
      />
    </Form>
  );
}
