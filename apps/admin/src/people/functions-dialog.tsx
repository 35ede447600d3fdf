/** A person's functions: remove one, or assign one more from their organisation's side. */
import { assignFunctionInput } from "@mutu/domain";
import {
  Actions,
  Alert,
  Button,
  Dialog,
  fieldError,
  Options,
  SelectField,
  Status,
  useFormError,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { messages } from "../messages.ts";
import { peopleMessages } from "./messages.ts";
import type { FunctionDef, Person, Side } from "./types.ts";

const t = peopleMessages.fn;

type FunctionsDialogProps = {
  /** The person, as last listed (the dialog follows the list's refreshes). */
  person: Person | null;
  side: Side;
  catalogue: readonly FunctionDef[];
  onClose(): void;
};

export function FunctionsDialog({ person, side, catalogue, onClose }: FunctionsDialogProps) {
  const utils = trpc.useUtils();
  const [choice, setChoice] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const assign = trpc.people.assignFunction.useMutation();
  const remove = trpc.people.removeFunction.useMutation();
  const form = useSchemaForm(assignFunctionInput, assign);
  const assignError = form.error;
  const removeError = useFormError(remove.error);
  const busy = assign.isPending || remove.isPending;

  function close() {
    setChoice("");
    setStatus(null);
    form.clear();
    remove.reset();
    onClose();
  }

  const held = new Set(person?.functions.map((fn) => fn.id));
  const available = catalogue.filter((fn) => fn.side === side && !held.has(fn.id));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!person) return;
    setStatus(null);
    remove.reset();
    const checked = form.check({ personId: person.id, functionId: choice });
    if (!checked) return;
    const label = catalogue.find((f) => f.id === checked.functionId)?.label ?? "";
    assign.mutate(checked, {
      async onSuccess() {
        await utils.people.list.invalidate();
        setChoice("");
        setStatus(t.assigned(label));
      },
    });
  }

  function removeFunction(fn: { id: string; label: string }) {
    if (!person) return;
    setStatus(null);
    form.clear();
    remove.mutate(
      { personId: person.id, functionId: fn.id },
      {
        async onSuccess() {
          await utils.people.list.invalidate();
          setStatus(t.removed(fn.label));
        },
      },
    );
  }

  const choiceErrors = fieldError(assignError?.fieldErrors, "functionId");

  return (
    <Dialog
      open={person !== null}
      title={person ? t.title(person.displayName) : ""}
      onClose={close}
      busy={busy}
      size="wide"
    >
      <Status>{status}</Status>
      {removeError ? <Alert>{removeError.message}</Alert> : null}
      {assignError && !choiceErrors.length ? <Alert>{assignError.message}</Alert> : null}

      <h3>{t.current}</h3>
      {person?.functions.length ? (
        <ul className="function-list">
          {person.functions.map((fn) => (
            <li key={fn.id}>
              <span>{fn.label}</span>
              <Button
                variant="secondary"
                className="button-small"
                disabled={busy}
                onClick={() => removeFunction(fn)}
              >
                {t.remove}
                <span className="visually-hidden">{t.removeLabel(fn.label)}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.none}</p>
      )}

      {available.length ? (
        <form noValidate onSubmit={submit} className="form section">
          <SelectField
            id="fonction-a-attribuer"
            label={t.add}
            hint={t.addHint(side)}
            value={choice}
            onChange={(event) => setChoice(event.currentTarget.value)}
            error={choiceErrors}
          >
            <Options
              empty={t.choose}
              options={available.map((fn) => ({ value: fn.id, label: fn.label }))}
            />
          </SelectField>
          <Button type="submit" busy={assign.isPending} busyLabel={t.assigning} disabled={busy}>
            {t.assign}
          </Button>
        </form>
      ) : (
        <p className="section">{t.allHeld}</p>
      )}

      <Actions>
        <Button variant="secondary" onClick={close} disabled={busy}>
          {messages.close}
        </Button>
      </Actions>
    </Dialog>
  );
}
