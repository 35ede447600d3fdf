/**
 * Deactivating or reactivating an account, after saying plainly what it does: deactivation ends
 * their sessions at once; reactivation lets them sign in again.
 */
import { Actions, Alert, Button, Dialog, useFormError } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { messages } from "../messages.ts";
import { peopleMessages } from "./messages.ts";
import type { Person } from "./types.ts";

/** The account to change and the state it is to take. */
export type ActivationChange = { person: Person; active: boolean };

type ActivationDialogProps = {
  change: ActivationChange | null;
  onClose(): void;
  onDone(message: string): void;
};

export function ActivationDialog({ change, onClose, onDone }: ActivationDialogProps) {
  const utils = trpc.useUtils();
  const deactivate = trpc.people.deactivate.useMutation();
  const reactivate = trpc.people.reactivate.useMutation();
  const mutation = change?.active ? reactivate : deactivate;
  const t = change?.active ? peopleMessages.on : peopleMessages.off;
  const error = useFormError(mutation.error);

  function close() {
    mutation.reset();
    onClose();
  }

  function confirm() {
    if (!change) return;
    const { person } = change;
    mutation.mutate(
      { personId: person.id },
      {
        async onSuccess() {
          await utils.people.list.invalidate();
          mutation.reset();
          onDone(t.done(person.displayName));
        },
      },
    );
  }

  return (
    <Dialog
      open={change !== null}
      title={change ? t.title(change.person.displayName) : ""}
      onClose={close}
      busy={mutation.isPending}
    >
      {error ? <Alert>{error.message}</Alert> : null}
      <p>{t.body}</p>
      <p>{t.history}</p>
      <Actions>
        <Button variant="secondary" onClick={close} disabled={mutation.isPending} data-autofocus>
          {messages.cancel}
        </Button>
        <Button
          variant={change?.active ? "primary" : "danger"}
          onClick={confirm}
          busy={mutation.isPending}
          busyLabel={t.confirming}
        >
          {t.confirm}
        </Button>
      </Actions>
    </Dialog>
  );
}
