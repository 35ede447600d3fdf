/** Choosing a commune's communal referent among the active people of the service commun. */
import { setReferentInput } from "@mutu/domain";
import {
  Alert,
  Dialog,
  FormActions,
  type FormError,
  fieldError,
  Loaded,
  Options,
  SelectField,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { type RouterOutputs, trpc, useSchemaForm, useSession } from "@mutu/web";
import { messages } from "../messages.ts";
import { organisationsMessages } from "./messages.ts";
import type { Organisation } from "./use-organisations.ts";

const t = organisationsMessages;

type Person = RouterOutputs["people"]["list"][number];

type ReferentDialogProps = {
  organisation: Organisation | null;
  onClose(): void;
  onSaved(message: string): void;
};

export function ReferentDialog({ organisation, onClose, onSaved }: ReferentDialogProps) {
  const me = useSession();
  const utils = trpc.useUtils();
  const staff = trpc.people.list.useQuery({ orgId: me.org.id }, { enabled: organisation !== null });
  const save = trpc.organisations.setCommunalReferent.useMutation();
  const form = useSchemaForm(setReferentInput, save);
  const { error } = form;

  function close() {
    form.clear();
    onClose();
  }

  function submit(org: Organisation, person: Person | null) {
    const checked = form.check({ orgId: org.id, personId: person?.id ?? null });
    if (!checked) return;
    save.mutate(checked, {
      async onSuccess() {
        await utils.organisations.list.invalidate();
        onSaved(t.saved(org.name, person?.displayName ?? null));
      },
    });
  }

  return (
    <Dialog
      open={organisation !== null}
      title={organisation ? t.dialogTitle(organisation.name) : ""}
      onClose={close}
      busy={save.isPending}
    >
      <p>{t.dialogIntro}</p>
      {error && !error.fieldErrors.personId ? <Alert>{error.message}</Alert> : null}
      {organisation ? (
        <Loaded query={staff}>
          {(people) => (
            <ReferentForm
              key={organisation.id}
              organisation={organisation}
              people={people.filter((p) => p.active)}
              error={error}
              pending={save.isPending}
              onSubmit={(person) => submit(organisation, person)}
              onCancel={close}
            />
          )}
        </Loaded>
      ) : null}
    </Dialog>
  );
}

type ReferentFormProps = {
  organisation: Organisation;
  people: Person[];
  error: FormError | null;
  pending: boolean;
  onSubmit(person: Person | null): void;
  onCancel(): void;
};

function ReferentForm({
  organisation,
  people,
  error,
  pending,
  onSubmit,
  onCancel,
}: ReferentFormProps) {
  const [personId, setPersonId] = useState(organisation.communalReferent?.id ?? "");
  const isReferent = (p: Person) => p.functions.some((fn) => fn.code === "communal-referent");
  const referents = people.filter(isReferent);
  const others = people.filter((p) => !isReferent(p));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(people.find((p) => p.id === personId) ?? null);
  }

  return (
    <form noValidate onSubmit={submit}>
      <SelectField
        id="referent-personne"
        label={t.referentField}
        hint={t.referentHint}
        value={personId}
        onChange={(event) => setPersonId(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "personId")}
        data-autofocus
      >
        <option value="">{t.noneOption}</option>
        {referents.length ? (
          <optgroup label={t.referentsGroup}>
            <Options options={referents.map((p) => ({ value: p.id, label: p.displayName }))} />
          </optgroup>
        ) : null}
        {others.length ? (
          <optgroup label={t.othersGroup}>
            <Options options={others.map((p) => ({ value: p.id, label: p.displayName }))} />
          </optgroup>
        ) : null}
      </SelectField>
      <FormActions
        submit={t.save}
        submitting={t.saving}
        pending={pending}
        cancel={{ label: messages.cancel, onCancel: onCancel }}
      />
    </form>
  );
}
