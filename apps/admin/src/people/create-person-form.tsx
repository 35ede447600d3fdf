/**
 * Creating an account: name, email, a provisional password, the organisation, and functions from
 * the organisation's side (commune functions for a commune, the service commun's for the operator).
 */
import { createPersonInput } from "@mutu/domain";
import { CheckboxGroup, SelectField, TextField, fieldError, Form } from "@mutu/ui";
import { useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { messages } from "../messages.ts";
import { peopleMessages } from "./messages.ts";
import type { Organisation } from "../organisations/use-organisations.ts";
import type { FunctionDef, Side } from "./types.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";

const t = peopleMessages.create;

const fields = [
  { name: "displayName", id: "personne-nom", label: t.displayName },
  { name: "email", id: "personne-email", label: t.email },
  { name: "password", id: "personne-mot-de-passe", label: t.password },
  { name: "orgId", id: "personne-organisation", label: t.organisation },
  { name: "functionIds", id: "personne-fonctions-0", label: t.functions },
] as const;

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
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [orgId, setOrgId] = useState(defaultOrgId);
  const [functionIds, setFunctionIds] = useState<string[]>([]);
  const create = trpc.people.create.useMutation();
  const form = useSchemaForm(createPersonInput, create);
  const { error } = form;

  const org = organisations.find((o) => o.id === orgId);
  const side: Side | null = org ? (org.kind === "operator" ? "operator" : "commune") : null;
  const offered = side ? functions.filter((fn) => fn.side === side) : [];

  function chooseOrganisation(id: string) {
    setOrgId(id);
    const next = organisations.find((o) => o.id === id);
    const nextSide = next?.kind === "operator" ? "operator" : "commune";
    // Functions of the other side cannot be held there: drop them rather than send a refusal.
    setFunctionIds((ids) =>
      ids.filter((fid) => functions.find((fn) => fn.id === fid)?.side === nextSide),
    );
  }

  function submit() {
    const checked = form.check({ displayName, email, password, orgId, functionIds });
    if (!checked) return;
    create.mutate(checked, {
      async onSuccess(person) {
        await utils.people.list.invalidate();
        setDisplayName("");
        setEmail("");
        setPassword("");
        setFunctionIds([]);
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
      actions={{
        submit: t.submit,
        submitting: t.submitting,
        pending: create.isPending,
        cancel: { label: messages.cancel, onCancel: onCancel },
      }}
    >
      <TextField
        id="personne-nom"
        label={t.displayName}
        hint={t.displayNameHint}
        required
        autoComplete="off"
        value={displayName}
        onChange={(event) => setDisplayName(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "displayName")}
      />
      <TextField
        id="personne-email"
        label={t.email}
        hint={t.emailHint}
        type="email"
        required
        autoComplete="off"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "email")}
      />
      <TextField
        id="personne-mot-de-passe"
        label={t.password}
        hint={t.passwordHint}
        type="password"
        required
        autoComplete="new-password"
        minLength={12}
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "password")}
      />
      <SelectField
        id="personne-organisation"
        label={t.organisation}
        required
        value={orgId}
        onChange={(event) => chooseOrganisation(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "orgId")}
      >
        <OrganisationOptions organisations={organisations} empty={t.chooseOrganisation} />
      </SelectField>
      <CheckboxGroup
        id="personne-fonctions"
        legend={t.functions}
        hint={
          side === "operator"
            ? t.functionsHintOperator
            : side === "commune"
              ? t.functionsHintCommune
              : undefined
        }
        empty={t.functionsNeedOrg}
        options={offered.map((fn) => ({ value: fn.id, label: fn.label }))}
        value={functionIds}
        onChange={setFunctionIds}
        error={fieldError(error?.fieldErrors, "functionIds")}
      />
    </Form>
  );
}
