/**
 * A change that takes a note (confirm with an optional comment, reopen or withdraw with a reason):
 * the question, the note, the button — and the API's answer, a conflict included. Whether the note
 * is required, and the words that ask for it, come from the domain's lifecycle.
 */
import {
  actionRequiresNote,
  fieldErrorsOf,
  type SaisineAction,
  transitionInput,
} from "@mutu/domain";
import { Actions, Button, Dialog, type FormError, TextAreaField, fieldError } from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { saisineMessages } from "./messages.ts";
import { ChangeError } from "./refresh.tsx";

type NoteDialogProps = {
  id: string;
  saisineId: string;
  /** The lifecycle's action: it says whether a note is required. */
  action: SaisineAction;
  open: boolean;
  title: string;
  body: string;
  noteLabel: string;
  noteHint?: string;
  submit: string;
  submitting: string;
  failed: string;
  pending: boolean;
  error: FormError | null;
  /** Sends the change with the note (trimmed; undefined when empty). */
  onSubmit(note: string | undefined): void;
  onReload(): void;
  onClose(): void;
};

export function NoteDialog(props: NoteDialogProps) {
  const [note, setNote] = useState("");
  const [local, setLocal] = useState<FormError | null>(null);
  const error = local ?? props.error;
  const fields = [{ name: "note", id: props.id, label: props.noteLabel }];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = transitionInput.safeParse({
      saisineId: props.saisineId,
      action: props.action,
      note,
    });
    if (!checked.success) {
      setLocal({ message: props.failed, fieldErrors: fieldErrorsOf(checked.error), code: null });
      return;
    }
    setLocal(null);
    props.onSubmit(checked.data.note || undefined);
  }

  function close() {
    setLocal(null);
    setNote("");
    props.onClose();
  }

  return (
    <Dialog open={props.open} title={props.title} onClose={close} busy={props.pending}>
      <form noValidate onSubmit={submit}>
        <ChangeError error={error} fields={fields} title={props.failed} onReload={props.onReload} />
        <p>{props.body}</p>
        <TextAreaField
          id={props.id}
          label={props.noteLabel}
          hint={props.noteHint}
          required={actionRequiresNote(props.action)}
          rows={4}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={fieldError(error?.fieldErrors, "note")}
          data-autofocus
        />
        <Actions>
          <Button type="submit" busy={props.pending} busyLabel={props.submitting}>
            {props.submit}
          </Button>
          <Button variant="secondary" onClick={close} disabled={props.pending}>
            {saisineMessages.cancel}
          </Button>
        </Actions>
      </form>
    </Dialog>
  );
}
