/** Deactivating an account, after saying plainly what it does: their sessions end at once. */
import { Actions, Alert, Button, Dialog, useFormError } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { messages } from "../messages.ts";
import type { Person } from "./types.ts";

const t = messages.people.off;

type DeactivateDialogProps = {
  person: Person | null;
  onClose(): void;
  onDone(message: string): void;
};

export function DeactivateDialog({ person, onClose, onDone }: DeactivateDialogProps) {
  const utils = trpc.useUtils();
  const deactivate = trpc.people.deactivate.useMutation();
  const error = useFormError(deactivate.error);

  function close() {
    deactivate.reset();
    onClose();
  }

  function confirm() {
    if (!person) return;
    deactivate.mutate(
      { personId: person.id },
      {
        async onSuccess() {
          await utils.people.list.invalidate();
          deactivate.reset();
          onDone(t.done(person.displayName));
        },
      },
    );
  }

  return (
    <Dialog
      open={person !== null}
      title={person ? t.title(person.displayName) : ""}
      onClose={close}
      busy={deactivate.isPending}
    >
      {error ? <Alert>{error.message}</Alert> : null}
      <p>{t.body}</p>
      <p>{t.history}</p>
      <Actions>
        <Button variant="secondary" onClick={close} disabled={deactivate.isPending} data-autofocus>
          {messages.cancel}
        </Button>
        <Button
          variant="danger"
          onClick={confirm}
          busy={deactivate.isPending}
          busyLabel={t.confirming}
        >
          {t.confirm}
        </Button>
      </Actions>
    </Dialog>
  );
}
